
namespace OfficeDx.Documents.Ooxml;

/// <summary>A content control of a captured table, with the cell, row, paragraphs and first table it was found with.</summary>
internal sealed class CapturedControl(CapturedRow? row, CapturedCell? cell, CapturedControl? parent) : MeasureControl
{
    /// <summary>The innermost control it lies in, inside the table.</summary>
    public CapturedControl? Parent { get; } = parent;
    /// <summary>A glossary marker (*3): its text is its own, not its paragraph's.</summary>
    public bool IsMarker { get; set; }
    private readonly CapturedText _text = new();

    /// <summary>Null for a control without a tag: such a control is only a container.</summary>
    public string? TagOrNull { get; set; }
    public bool TagSeen { get; set; }
    public bool PropertiesSeen { get; set; }
    public bool ContentSeen { get; set; }
    public bool IsNote { get; set; }
    public bool IsBarPhase { get; set; }
    /// <summary>Whether a paragraph is a child of its content (a note's text is then read by paragraphs).</summary>
    public bool HasParagraphChild { get; set; }
    /// <summary>The paragraphs inside its content.</summary>
    public List<CapturedParagraph> Paragraphs { get; } = [];
    public CapturedTable? FirstTable { get; set; }

    public override string Tag => TagOrNull!;
    public override string Text => _text.ToString();
    public override object? Row => row;
    public void Append(string text) => _text.Append(text);

    public override IReadOnlyList<string> CellLines => [.. CellParagraphs(p => p.InNote).SelectMany(p => p.Lines)];

    public override string BarText => string.Join("\n", CellParagraphs(p => p.InBarPhase).SelectMany(p => p.Lines)).Trim();

    public override string NoteText => HasParagraphChild ? string.Join("\n", Paragraphs.SelectMany(p => p.Lines)) : Text;

    public override IReadOnlyList<IndicatorUnit> IndicatorUnits => FirstTable is null
        ? [.. CellParagraphs(p => p.InNote).Select(p =>
            Unit(p.Controls.FirstOrDefault(c => c.TagOrNull == Tags.KpiName)?.Text ?? p.Text, p.Controls))]
        : [.. FirstTable.Rows.Where(r => r.Controls.Any(c => c.TagOrNull == Tags.KpiName))
            .Select(r => Unit(r.FirstCell is null ? "" : string.Join("", r.FirstCell.Paragraphs.SelectMany(p => p.Lines)), r.Controls))];

    /// <summary>The paragraphs of its cell except those <paramref name="left"/> leaves out, or of its own content when it is in no cell.</summary>
    private IEnumerable<CapturedParagraph> CellParagraphs(Func<CapturedParagraph, bool> left) =>
        cell is null ? Paragraphs : cell.Paragraphs.Where(p => !left(p));

    private static IndicatorUnit Unit(string name, List<CapturedControl> controls) =>
        new(name.Trim(), [.. controls.Where(c => c.TagOrNull is not null).Select(c => (c.Tag, c.Text))]);
}
