using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Glossary;

/// <summary>Lays out the glossary section in one of the seed styles; every entry, term, reading and definition in a tagged control.</summary>
internal sealed class SectionWriter(GlossaryStyle style, SdtIds ids)
{
    private static readonly XName TableRow = WordXml.W + "tr";

    /// <summary>The section as one block control, or null for footnotes (their text lives in the footnotes part).</summary>
    /// <param name="terms">Marked terms in marker order (with <see cref="GlossaryTerm.Marker"/> set), then unmarked ones.</param>
    public XElement? Write(IReadOnlyList<GlossaryTerm> terms)
    {
        if (style.Section == GlossarySectionStyle.Footnotes || terms.Count == 0) return null;
        var content = new List<object> { Texts.Paragraph("Heading1", Texts.Run(style.Heading, Texts.Bold())) };
        switch (style.Section)
        {
            case GlossarySectionStyle.NumberedTable:
                content.Add(Table([("No", 700), ("用語", 2300), ("解説", 6500)], terms.Select(t => Row(t,
                    Cell(700, Texts.Paragraph(null, Texts.Run(t.Marker?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "－"))),
                    Cell(2300, Texts.Paragraph(null, TermControl(t))),
                    Cell(6500, Left(DefinitionControl(t)))))));
                break;
            case GlossarySectionStyle.PageTable:
                content.Add(Table([("用語", 2300), ("解説", 6100), ("該当頁", 1100)], ReadingOrder.Sort(terms).Select(t => Row(t,
                    Cell(2300, Texts.Paragraph(null, TermControl(t))),
                    Cell(6100, Left(DefinitionControl(t))),
                    Cell(1100, Texts.Paragraph(null, PageField(t)))))));
                break;
            case GlossarySectionStyle.GojuonGroups:
                foreach (var group in ReadingOrder.Sort(terms).GroupBy(t => Kana.Row(ReadingOrder.SortKey(t)) ?? "その他"))
                {
                    content.Add(Texts.Paragraph("Heading2", Texts.Run(group.Key, Texts.Bold())));
                    foreach (var term in group)
                    {
                        var heading = new List<object> { TermControl(term, Texts.Bold()) };
                        // A kana term is its own reading; the seed prints a reading only where it tells the reader something.
                        if (!string.IsNullOrEmpty(term.Reading) && term.Reading != term.Term)
                            heading.AddRange([Texts.Run("（", Texts.Bold()), Control(GlossaryTags.Reading, "よみがな", Texts.Run(term.Reading, Texts.Bold())), Texts.Run("）", Texts.Bold())]);
                        content.Add(Texts.Sdt(ids.Next(), GlossaryTags.Entry(term.Term), term.Term,
                            Texts.Paragraph(null, heading.ToArray()),
                            Indented(DefinitionControl(term))));
                    }
                }
                break;
            case GlossarySectionStyle.DefinitionLines:
                foreach (var term in ReadingOrder.Sort(terms))
                {
                    content.Add(Texts.Sdt(ids.Next(), GlossaryTags.Entry(term.Term), term.Term,
                        Left(TermControl(term), Texts.Run("…"), DefinitionControl(term))));
                }
                break;
        }
        return Texts.Sdt(ids.Next(), GlossaryTags.Section, style.Heading, content.ToArray());
    }

    /// <summary>
    /// The body of a footnote: Word's number for numbered footnotes, then the definition. No content control: LibreOffice
    /// moves footnotes holding one into the body. A custom mark (*3) is not repeated, as LibreOffice prints it as the label.
    /// </summary>
    public XElement FootnoteContent(GlossaryTerm term) => new(WordXml.Paragraph,
        new XElement(WordXml.ParagraphProperties, new XElement(WordXml.W + "ind", new XAttribute(WordXml.W + "left", 420), new XAttribute(WordXml.W + "hanging", 420)), LeftAligned()),
        style.Marker is GlossaryMarkerStyle.WordFootnote or GlossaryMarkerStyle.SuperscriptDigits
            ? new XElement(WordXml.Run, new XElement(WordXml.RunProperties, Texts.Superscript()), new XElement(WordXml.W + "footnoteRef"))
            : null,
        Texts.Run(" "), Texts.Lines(term.Definition));

    private XElement TermControl(GlossaryTerm term, params object[] properties) =>
        Control(GlossaryTags.Term, "用語", Texts.Run(term.Term, properties));

    private XElement DefinitionControl(GlossaryTerm term) => Control(GlossaryTags.Definition, "解説", Texts.Lines(term.Definition));

    private XElement Control(string tag, string title, params object[] runs) => Texts.Sdt(ids.Next(), tag, title, runs);

    private static XElement Indented(params object[] content) => new(WordXml.Paragraph,
        new XElement(WordXml.ParagraphProperties, new XElement(WordXml.W + "ind", new XAttribute(WordXml.W + "left", 420)), LeftAligned()), content);

    /// <summary>Left-aligned: a justified line ending in a line break (multi-line definitions) would be spread across the width.</summary>
    private static XElement LeftAligned() => new(WordXml.W + "jc", new XAttribute(WordXml.Val, "left"));

    private static XElement Left(params object[] content) => new(WordXml.Paragraph, new XElement(WordXml.ParagraphProperties, LeftAligned()), content);

    /// <summary>A PAGEREF field to the bookmark on the term's first marker; Word and LibreOffice compute the page when they lay out.</summary>
    private static object[] PageField(GlossaryTerm term)
    {
        if (term.Marker is not { } number) return [Texts.Run("－")];
        XElement Char(string type) => new(WordXml.Run, new XElement(WordXml.W + "fldChar", new XAttribute(WordXml.W + "fldCharType", type)));
        return
        [
            Char("begin"),
            new XElement(WordXml.Run, new XElement(WordXml.W + "instrText", new XAttribute(XNamespace.Xml + "space", "preserve"), $" PAGEREF {GlossaryTags.Bookmark(number)} \\h ")),
            Char("separate"),
            Texts.Run("1"),
            Char("end"),
        ];
    }

    private XElement Row(GlossaryTerm term, params XElement[] cells) =>
        Texts.Sdt(ids.Next(), GlossaryTags.Entry(term.Term), term.Term, new XElement(TableRow, cells));

    private static XElement Cell(int width, XElement paragraph) => new(WordXml.TableCell,
        new XElement(WordXml.W + "tcPr", new XElement(WordXml.W + "tcW", new XAttribute(WordXml.W + "w", width), new XAttribute(WordXml.W + "type", "dxa"))),
        paragraph);

    private static XElement Table((string Label, int Width)[] columns, IEnumerable<XElement> rows)
    {
        XElement Border(string side) => new(WordXml.W + side, new XAttribute(WordXml.Val, "single"), new XAttribute(WordXml.W + "sz", 4),
            new XAttribute(WordXml.W + "space", 0), new XAttribute(WordXml.W + "color", "000000"));
        var header = new XElement(TableRow,
            new XElement(WordXml.W + "trPr", new XElement(WordXml.W + "tblHeader")),
            columns.Select(c => new XElement(WordXml.TableCell,
                new XElement(WordXml.W + "tcPr", new XElement(WordXml.W + "tcW", new XAttribute(WordXml.W + "w", c.Width), new XAttribute(WordXml.W + "type", "dxa")),
                    new XElement(WordXml.W + "shd", new XAttribute(WordXml.Val, "clear"), new XAttribute(WordXml.W + "color", "auto"), new XAttribute(WordXml.W + "fill", "D9D9D9"))),
                new XElement(WordXml.Paragraph, new XElement(WordXml.ParagraphProperties, new XElement(WordXml.W + "jc", new XAttribute(WordXml.Val, "center"))),
                    Texts.Run(c.Label, Texts.Bold())))));
        return new XElement(WordXml.Table,
            new XElement(WordXml.W + "tblPr",
                new XElement(WordXml.W + "tblW", new XAttribute(WordXml.W + "w", columns.Sum(c => c.Width)), new XAttribute(WordXml.W + "type", "dxa")),
                new XElement(WordXml.W + "tblBorders", Border("top"), Border("left"), Border("bottom"), Border("right"), Border("insideH"), Border("insideV")),
                new XElement(WordXml.W + "tblLayout", new XAttribute(WordXml.W + "type", "fixed")),
                new XElement(WordXml.W + "tblLook", new XAttribute(WordXml.Val, "0420"), new XAttribute(WordXml.W + "firstRow", 1), new XAttribute(WordXml.W + "lastRow", 0),
                    new XAttribute(WordXml.W + "firstColumn", 0), new XAttribute(WordXml.W + "lastColumn", 0), new XAttribute(WordXml.W + "noHBand", 0), new XAttribute(WordXml.W + "noVBand", 1))),
            new XElement(WordXml.W + "tblGrid", columns.Select(c => new XElement(WordXml.W + "gridCol", new XAttribute(WordXml.W + "w", c.Width)))),
            header, rows);
    }
}
