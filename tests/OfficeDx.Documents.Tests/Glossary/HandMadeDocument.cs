using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>Builds .docx files the way a person types them in Word: plain paragraphs, runs split anywhere, tables, footnotes, no tags.</summary>
internal sealed class HandMadeDocument
{
    private readonly List<OpenXmlElement> _body = [];
    private readonly List<(int Id, string Text, bool Automatic)> _footnotes = [];
    private readonly SortedSet<int> _headingLevels = [];

    /// <summary>A paragraph whose text is split into one run per part (as spell-check marks and formatting split it in Word).</summary>
    public HandMadeDocument Paragraph(params string[] runs)
    {
        _body.Add(new Paragraph(runs.Select(r => Run(r))));
        return this;
    }

    /// <summary>A paragraph of runs, some of them superscript (true).</summary>
    public HandMadeDocument Paragraph(params (string Text, bool Superscript)[] runs)
    {
        _body.Add(new Paragraph(runs.Select(r => Run(r.Text, r.Superscript))));
        return this;
    }

    /// <summary>Text followed by a footnote reference with a custom mark (*1, ※1) and the footnote's own text.</summary>
    public HandMadeDocument FootnotedParagraph(string before, string mark, string footnote, string after)
    {
        var id = _footnotes.Count + 1;
        _footnotes.Add((id, mark + " " + footnote, false));
        _body.Add(new Paragraph(Run(before),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }),
                new FootnoteReference { Id = id, CustomMarkFollows = true }, new Text(mark)),
            Run(after)));
        return this;
    }

    /// <summary>Text followed by a footnote Word numbers itself (Insert Footnote), whose text starts with Word's number (w:footnoteRef).</summary>
    public HandMadeDocument WordFootnotedParagraph(string before, string footnote, string after)
    {
        var id = _footnotes.Count + 1;
        _footnotes.Add((id, footnote, true));
        _body.Add(new Paragraph(Run(before),
            new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id }),
            Run(after)));
        return this;
    }

    /// <summary>A heading as Japanese Word stores 見出し 1, 見出し 2 …: style ids "1", "2" … named heading 1, heading 2 ….</summary>
    public HandMadeDocument Heading(string text, int level = 1)
    {
        _headingLevels.Add(level);
        _body.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = level.ToString(System.Globalization.CultureInfo.InvariantCulture) }), Run(text)));
        return this;
    }

    public HandMadeDocument Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }));
        foreach (var row in rows)
            table.Append(new TableRow(row.Select(cell => new TableCell(cell.Split('\n').Select(line => new Paragraph(Run(line)))))));
        _body.Add(table);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // An explicit relationship id: the same description always gives the same bytes.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(new Zoom { Percent = "100" });
            if (_headingLevels.Count > 0)
                main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = new Styles(_headingLevels.Select(level => new Style(
                    new StyleName { Val = "heading " + level.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new StyleParagraphProperties(new OutlineLevel { Val = level - 1 }))
                { Type = StyleValues.Paragraph, StyleId = level.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            if (_footnotes.Count > 0)
            {
                var footnotes = new Footnotes(
                    new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                    new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
                footnotes.Append(_footnotes.Select(f => f.Automatic
                    ? new Footnote(new Paragraph(
                        new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                        Run(" " + f.Text)))
                    { Id = f.Id }
                    : new Footnote(new Paragraph(Run(f.Text))) { Id = f.Id }));
                main.AddNewPart<FootnotesPart>("rIdFootnotes").Footnotes = footnotes;
            }
        }
        return stream.ToArray();
    }

    private static Run Run(string text, bool superscript = false)
    {
        var run = new Run();
        if (superscript) run.Append(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }));
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }
}
