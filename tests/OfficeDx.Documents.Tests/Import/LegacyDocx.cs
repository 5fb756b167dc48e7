using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>
/// Hand-assembles Word documents the way a person's Word file looks — no content controls, merged cells, blank paragraphs
/// and line breaks in cells, labels with stray spaces — by writing WordprocessingML text directly, not through the writer.
/// </summary>
public sealed class LegacyDocx
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private readonly StringBuilder _body = new();

    public LegacyDocx Paragraph(string text, string? style = null)
    {
        _body.Append(P(text, style));
        return this;
    }

    /// <summary>A paragraph whose runs are all bold (a measure's name typed above its table), split over runs like any other.</summary>
    public LegacyDocx BoldParagraph(string text)
    {
        _body.Append(P(text, null).Replace("<w:r><w:t", "<w:r><w:rPr><w:b/></w:rPr><w:t"));
        return this;
    }

    /// <summary>A table; each row is a list of cells. A cell is text (\n = line break, \n\n = a blank paragraph between) with optional merge marks:
    /// "&gt;2|text" spans two columns, "^|text" starts a vertical merge, "^" continues it.</summary>
    public LegacyDocx Table(params string[][] rows)
    {
        _body.Append("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders></w:tblPr><w:tblGrid>");
        var columns = rows.Max(r => r.Sum(c => Span(c)));
        for (var i = 0; i < columns; i++) _body.Append("<w:gridCol w:w=\"2000\"/>");
        _body.Append("</w:tblGrid>");
        foreach (var row in rows)
        {
            _body.Append("<w:tr>");
            foreach (var cell in row)
            {
                var (span, merge, text) = Parse(cell);
                _body.Append("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>");
                if (span > 1) _body.Append($"<w:gridSpan w:val=\"{span}\"/>");
                if (merge == "restart") _body.Append("<w:vMerge w:val=\"restart\"/>");
                else if (merge == "continue") _body.Append("<w:vMerge/>");
                _body.Append("</w:tcPr>");
                // A cell always ends with a paragraph; "\n\n" leaves a blank paragraph, as pressing Enter twice does.
                foreach (var paragraph in text.Split("\n\n")) _body.Append(P(paragraph, null));
                _body.Append("</w:tc>");
            }
            _body.Append("</w:tr>");
        }
        _body.Append("</w:tbl><w:p/>");
        return this;
    }

    /// <summary>A table whose one value cell holds a nested table (a KPI table typed inside the measure table).</summary>
    public LegacyDocx TableWithNested(string[][] before, string label, string[][] nested)
    {
        var inner = new LegacyDocx().Table(nested)._body.ToString();
        Table(before);
        // Re-open the last table: drop its closing markup and append the row holding the nested table.
        var text = _body.ToString();
        var cut = text.LastIndexOf("</w:tbl><w:p/>", StringComparison.Ordinal);
        _body.Clear().Append(text[..cut]);
        _body.Append($"<w:tr><w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{P(label, null)}</w:tc><w:tc><w:tcPr><w:tcW w:w=\"6000\" w:type=\"dxa\"/><w:gridSpan w:val=\"3\"/></w:tcPr>{inner}</w:tc></w:tr>");
        _body.Append("</w:tbl><w:p/>");
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            using var writer = new StreamWriter(main.GetStream(FileMode.Create), new UTF8Encoding(false));
            writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{W}\"><w:body>{_body}<w:sectPr/></w:body></w:document>");
        }
        return stream.ToArray();
    }

    private static string P(string text, string? style)
    {
        var builder = new StringBuilder("<w:p>");
        if (style is not null) builder.Append($"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) builder.Append("<w:r><w:br/></w:r>");
            // Word splits runs at spell-check and formatting boundaries: split each line in two runs to read across runs.
            var half = lines[i].Length / 2;
            foreach (var part in new[] { lines[i][..half], lines[i][half..] }.Where(p => p.Length > 0))
                builder.Append($"<w:r><w:t xml:space=\"preserve\">{SecurityElement.Escape(part)}</w:t></w:r>");
        }
        return builder.Append("</w:p>").ToString();
    }

    private static int Span(string cell) => Parse(cell).Span;

    private static (int Span, string? Merge, string Text) Parse(string cell)
    {
        if (cell == "^") return (1, "continue", "");
        if (cell.StartsWith("^|", StringComparison.Ordinal)) return (1, "restart", cell[2..]);
        if (cell.StartsWith('>') && cell.IndexOf('|') is > 1 and var bar) return (int.Parse(cell[1..bar], System.Globalization.CultureInfo.InvariantCulture), null, cell[(bar + 1)..]);
        return (1, null, cell);
    }
}
