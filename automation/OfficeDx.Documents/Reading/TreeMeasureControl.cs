using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Reading;

/// <summary>A tagged control of a measure table read from the document's tree.</summary>
internal sealed class TreeMeasureControl(string tag, XElement control) : MeasureControl
{
    /// <summary>The tagged controls inside a measure's control, from its tree or, when the part was streamed, as captured.</summary>
    public static IReadOnlyList<MeasureControl> Inside(XElement measure) =>
        measure.Annotation<CapturedMeasure>() is { } captured
            ? captured.Controls
            : ContentControlIndex.Tagged(measure).Select(t => (MeasureControl)new TreeMeasureControl(t.Tag, t.Control)).ToList();

    public override string Tag => tag;
    public override string Text => WordText.Of(control);
    public override IReadOnlyList<string> CellLines => WordText.Lines(CellParagraphs(control, except: Tags.NotePrefix)).ToList();
    public override object? Row => control.Ancestors(WordXml.TableRow).FirstOrDefault();

    public override string BarText => string.Join("\n", WordText.Lines(CellParagraphs(control, except: Tags.BarPhasePrefix))).Trim();

    public override string NoteText
    {
        get
        {
            var content = WordXml.ContentOf(control);
            return content.Element(WordXml.Paragraph) is null
                ? WordText.Of(content)
                : string.Join("\n", WordText.Lines(WordText.Paragraphs(content)));
        }
    }

    public override IReadOnlyList<IndicatorUnit> IndicatorUnits
    {
        get
        {
            var table = WordXml.ContentOf(control).Descendants(WordXml.Table).FirstOrDefault();
            if (table is null)
                return [.. CellParagraphs(control, except: Tags.NotePrefix).Select(paragraph =>
                {
                    var tagged = ContentControlIndex.Tagged(paragraph).ToList();
                    var name = tagged.FirstOrDefault(t => t.Tag == Tags.KpiName).Control is { } nameControl ? WordText.Of(nameControl) : WordText.Of(paragraph);
                    return Unit(name, tagged);
                })];
            return [.. table.Elements(WordXml.TableRow)
                .Select(row => (Row: row, Tagged: ContentControlIndex.Tagged(row).ToList()))
                .Where(r => r.Tagged.Any(t => t.Tag == Tags.KpiName))
                // A row whose cells sit inside a control has no cell of its own to name it.
                .Select(r => Unit(r.Row.Elements(WordXml.TableCell).FirstOrDefault() is { } first ? string.Join("", WordText.Lines(WordText.Paragraphs(first))) : "", r.Tagged))];
        }
    }

    private static IndicatorUnit Unit(string name, List<(string Tag, XElement Control)> tagged) =>
        new(name.Trim(), [.. tagged.Select(t => (t.Tag, WordText.Of(t.Control)))]);

    /// <summary>The paragraphs of the control's cell except those in controls tagged <paramref name="except"/>…, or of its own content when it is in no cell.</summary>
    private static IEnumerable<XElement> CellParagraphs(XElement control, string except)
    {
        var cell = control.Ancestors(WordXml.TableCell).FirstOrDefault();
        if (cell is null) return WordText.Paragraphs(WordXml.ContentOf(control));
        return WordText.Paragraphs(cell).Where(p => !p.Ancestors(WordXml.Sdt).Any(s => WordXml.TagOf(s)?.StartsWith(except, StringComparison.Ordinal) == true));
    }
}
