namespace OfficeDx.Documents.Glossary;

/// <summary>
/// One thing the glossary check found, with what a task pane needs to go there: the paragraph text around it (to search
/// for in Word), the measure it sits in and the heading above it.
/// </summary>
public sealed record GlossaryFinding
{
    /// <summary>One of <see cref="GlossaryFindingKinds"/>.</summary>
    public string Kind { get; init; } = "";
    public string Term { get; init; } = "";
    /// <summary>What is wrong, in plain Japanese.</summary>
    public string Message { get; init; } = "";
    /// <summary>The place as the check report names it (本文の 2 段落目, 施策表（akita-1-03）, 用語集).</summary>
    public string Place { get; init; } = "";
    /// <summary>Text of the paragraph exactly as Word shows it around the finding, never across a marker; null when there is none.</summary>
    public string? Snippet { get; init; }
    /// <summary>The id of the measure table the paragraph is in, when it is in one.</summary>
    public string? MeasureId { get; init; }
    /// <summary>The text of the nearest heading before the paragraph.</summary>
    public string? Heading { get; init; }
}

/// <summary>The kinds of <see cref="GlossaryFinding"/>, one per list of <see cref="GlossaryReport"/>.</summary>
public static class GlossaryFindingKinds
{
    public const string Unmarked = "unmarked";
    public const string MarkerWithoutDefinition = "markerWithoutDefinition";
    public const string UnusedEntry = "unusedEntry";
    public const string Variant = "variant";
    public const string DefinitionDiffers = "definitionDiffers";
    public const string ForeignMarker = "foreignMarker";
}
