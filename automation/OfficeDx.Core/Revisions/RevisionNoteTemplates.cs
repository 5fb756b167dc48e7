namespace OfficeDx.Core.Revisions;

/// <summary>The wording of the ※ notes a revision writes in place; {0} is the fiscal year whose results led to the change (令和4年度).</summary>
public sealed record RevisionNoteTemplates
{
    public string Schedule { get; init; } = "※実施年度を見直し";
    public string Overview { get; init; } = "※{0}実施内容を踏まえ、概要を修正";
    public string Name { get; init; } = "※{0}検討内容を踏まえ、名称を修正";
}
