using OfficeDx.Core.Model;

namespace OfficeDx.Core.Revisions;

/// <summary>
/// The wording of the ※ notes a revision writes in place, as a profile states it; <c>{year}</c> becomes the fiscal year whose
/// results led to the change (令和4年度).
/// </summary>
public sealed record RevisionNoteTemplates
{
    public const string YearPlaceholder = "{year}";

    /// <summary>Written when a measure's schedule changed: ※実施年度を見直し.</summary>
    public required string Schedule { get; init; }
    /// <summary>Written when a measure's overview changed: ※{year}実施内容を踏まえ、概要を修正.</summary>
    public required string Overview { get; init; }
    /// <summary>Written when a measure's name changed: ※{year}検討内容を踏まえ、名称を修正.</summary>
    public required string Name { get; init; }

    /// <summary>The note of one kind for a revision reporting on <paramref name="year"/> (already formatted in the profile's style).</summary>
    public string Write(RevisionNoteKind kind, string year) => (kind switch
    {
        RevisionNoteKind.Schedule => Schedule,
        RevisionNoteKind.Overview => Overview,
        RevisionNoteKind.Name => Name,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    }).Replace(YearPlaceholder, year, StringComparison.Ordinal);
}
