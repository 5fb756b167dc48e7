using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// A measure table read as the part streamed past (<see cref="MeasureCapture"/>): its tagged controls, and what a glossary
/// reader needs to number the body's paragraphs around it. Annotates the measure's content control, which the tree holds
/// without its content.
/// </summary>
internal sealed class CapturedMeasure
{
    internal CapturedMeasure(List<CapturedControl> controls, int paragraphCount, List<XElement> styledParagraphs, List<CapturedMarker> markers)
    {
        Controls = controls;
        ParagraphCount = paragraphCount;
        StyledParagraphs = styledParagraphs;
        Markers = markers;
    }

    /// <summary>The captures hung on the measure controls under <paramref name="root"/>, in document order.</summary>
    public static IEnumerable<CapturedMeasure> Under(XElement root) =>
        root.Descendants(WordXml.Sdt).Select(s => s.Annotation<CapturedMeasure>()).OfType<CapturedMeasure>();

    /// <summary>The glossary markers in the table, in document order.</summary>
    public IReadOnlyList<CapturedMarker> Markers { get; }

    /// <summary>The tagged controls inside the table, in document order.</summary>
    public IReadOnlyList<MeasureControl> Controls { get; }

    /// <summary>How many paragraphs the table holds: a paragraph after it is numbered as in the whole body.</summary>
    public int ParagraphCount { get; }

    /// <summary>
    /// Each paragraph style and outline level used in the part's captured tables once, as an empty paragraph: none of them may be
    /// a heading for the places after the tables to hold.
    /// </summary>
    public IReadOnlyList<XElement> StyledParagraphs { get; }
}

/// <summary>A glossary marker of a captured table: its term, its text (*3) and the place of its paragraph (measure:m-01/overview).</summary>
internal sealed record CapturedMarker(string Term, string Shown, string Place);

/// <summary>A paragraph of a captured table: its text as <see cref="WordText.Of"/> reads it, and which controls it lies in.</summary>
internal sealed class CapturedParagraph(bool inNote, bool inBarPhase)
{
    private readonly CapturedText _text = new();
    private string[]? _lines;

    public bool InNote { get; } = inNote;
    public bool InBarPhase { get; } = inBarPhase;
    /// <summary>Whether its first properties have been read (only they say whether it is a heading).</summary>
    public bool PropertiesSeen { get; set; }
    /// <summary>The controls that begin inside it.</summary>
    public List<CapturedControl> Controls { get; } = [];
    /// <summary>The innermost control it lies in, inside the table.</summary>
    public CapturedControl? Around { get; init; }
    /// <summary>The controls that are its children, in order.</summary>
    public List<CapturedControl> Inline { get; } = [];
    /// <summary>The glossary markers in it, in order.</summary>
    public List<CapturedControl> Markers { get; } = [];
    public string Text => _text.ToString();
    /// <summary>Its lines, as <see cref="WordText.Lines"/> splits a paragraph at its breaks.</summary>
    public string[] Lines => _lines ??= Text.Split('\n');
    public void Append(string text) => _text.Append(text);
}

/// <summary>A table cell of a captured table: every paragraph inside it, those of tables nested in it too.</summary>
internal sealed class CapturedCell
{
    public List<CapturedParagraph> Paragraphs { get; } = [];
}

/// <summary>A table row of a captured table: every control that begins inside it, and its first cell.</summary>
internal sealed class CapturedRow
{
    public List<CapturedControl> Controls { get; } = [];
    public CapturedCell? FirstCell { get; set; }
}

/// <summary>A table of a captured table (the measure table itself, or one nested in a cell): its own rows.</summary>
internal sealed class CapturedTable
{
    public List<CapturedRow> Rows { get; } = [];
}
