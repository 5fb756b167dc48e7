namespace OfficeDx.Documents.Ooxml;

/// <summary>How much a problem of a document read costs: something left out of the plan, or something read by a guess.</summary>
public enum DocumentProblemKind
{
    /// <summary>Not read into the plan: a table, paragraph, cell or term is missing from the result.</summary>
    Lost,
    /// <summary>Read, but by a guess that a person should check (an arrow cell read by its extent, a note placed by position, a period taken from the schedule).</summary>
    Uncertain,
    /// <summary>Left out on purpose: a chapter outside the measures (背景, 現状と課題), a glossary heading, a heading with no measure under it. Listed, never a loss.</summary>
    Skipped,
}
