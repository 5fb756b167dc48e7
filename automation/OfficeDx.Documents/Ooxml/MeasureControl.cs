namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// One tagged content control inside a measure table, as <see cref="Reading.MeasureTableReader"/> reads it: from the document's
/// tree (<see cref="Reading.TreeMeasureControl"/>) or captured as the part was streamed (<see cref="CapturedControl"/>).
/// </summary>
internal abstract class MeasureControl
{
    public abstract string Tag { get; }

    /// <summary>The text inside it, paragraphs run together, as <see cref="WordText.Of"/> reads it.</summary>
    public abstract string Text { get; }

    /// <summary>The lines of the paragraphs of its cell except revision notes (of its own content when it is in no cell): text typed next to the control counts too.</summary>
    public abstract IReadOnlyList<string> CellLines { get; }

    /// <summary>A bar's text: the lines of its cell except its phase label (of its own content when it is in no cell), trimmed.</summary>
    public abstract string BarText { get; }

    /// <summary>A revision note's text: the lines of its paragraphs, or its text when its content holds no paragraph of its own.</summary>
    public abstract string NoteText { get; }

    /// <summary>The table row it sits in, compared by reference; null outside every row.</summary>
    public abstract object? Row { get; }

    /// <summary>
    /// An indicators field's indicators: one per row of the first table inside it that holds a KPI name control (the KPI
    /// table layout), else one per paragraph of its cell (the sentence layout).
    /// </summary>
    public abstract IReadOnlyList<IndicatorUnit> IndicatorUnits { get; }
}

/// <summary>One indicator as laid out: its name (trimmed) and the tagged controls of its row or paragraph with their text.</summary>
internal sealed record IndicatorUnit(string Name, IReadOnlyList<(string Tag, string Text)> Values);
