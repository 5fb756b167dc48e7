namespace OfficeDx.Core.Model;

/// <summary>A revision note kept in place in the document, such as ※実施年度を見直し.</summary>
public sealed record RevisionNote
{
    public RevisionNoteKind Kind { get; init; }
    public string Text { get; init; } = "";
}
