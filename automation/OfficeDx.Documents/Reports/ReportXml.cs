using System.Globalization;
using System.Security;
using System.Text;

namespace OfficeDx.Documents.Reports;

/// <summary>WordprocessingML pieces of the progress report, written as text: paragraphs, accessible tables, inline charts.</summary>
internal sealed class ReportXml
{
    private readonly StringBuilder xml = new();

    public override string ToString() => xml.ToString();

    public void Paragraph(string? style, string text, bool keepNext = false)
    {
        xml.Append("<w:p>");
        if (style is not null || keepNext)
            xml.Append("<w:pPr>").Append(style is null ? "" : $"<w:pStyle w:val=\"{style}\"/>").Append(keepNext ? "<w:keepNext/>" : "").Append("</w:pPr>");
        xml.Append(Run(text)).Append("</w:p>");
    }

    /// <summary>A table with a marked, repeated header row; widths in twips, each cell a (text, fill colour or null) pair.</summary>
    public void Table(string caption, IReadOnlyList<int> widths, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<(string Text, string? Fill)>> rows)
    {
        xml.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"ReportTable\"/>")
            .Append(Invariant($"<w:tblW w:w=\"{widths.Sum()}\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/>"))
            .Append("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>")
            .Append($"<w:tblCaption w:val=\"{Escape(caption)}\"/></w:tblPr><w:tblGrid>");
        foreach (var width in widths) xml.Append(Invariant($"<w:gridCol w:w=\"{width}\"/>"));
        xml.Append("</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>");
        for (var c = 0; c < header.Count; c++) Cell(widths[c], header[c], "DEECF9", "ReportTableHeader");
        xml.Append("</w:tr>");
        foreach (var row in rows)
        {
            xml.Append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
            for (var c = 0; c < row.Count; c++) Cell(widths[c], row[c].Text, row[c].Fill, "ReportTableText");
            xml.Append("</w:tr>");
        }
        xml.Append("</w:tbl>");
        Paragraph("ReportSpacer", "");
    }

    /// <summary>A chart in its own paragraph, referring to the chart part by relationship id, with alt text on wp:docPr.</summary>
    public void Chart(int drawingId, string relationshipId, string name, string altText, long widthEmu, long heightEmu)
    {
        xml.Append("<w:p><w:pPr><w:pStyle w:val=\"ReportFigure\"/></w:pPr><w:r><w:drawing>")
            .Append(Invariant($"<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"{widthEmu}\" cy=\"{heightEmu}\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"))
            .Append(Invariant($"<wp:docPr id=\"{drawingId}\" name=\"{Escape(name)}\" descr=\"{Escape(altText)}\"/><wp:cNvGraphicFramePr/>"))
            .Append("<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\">")
            .Append($"<c:chart xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\" r:id=\"{relationshipId}\"/>")
            .Append("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>");
    }

    public void Raw(string text) => xml.Append(text);

    private void Cell(int width, string text, string? fill, string style)
    {
        xml.Append(Invariant($"<w:tc><w:tcPr><w:tcW w:w=\"{width}\" w:type=\"dxa\"/>"));
        if (fill is not null) xml.Append($"<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"{fill}\"/>");
        xml.Append("<w:vAlign w:val=\"center\"/></w:tcPr>");
        var lines = text.Split('\n');
        foreach (var line in lines) xml.Append($"<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>{Run(line)}</w:p>");
        xml.Append("</w:tc>");
    }

    private static string Run(string text) => text.Length == 0 ? "" : $"<w:r><w:t xml:space=\"preserve\">{Escape(text)}</w:t></w:r>";

    public static string Escape(string text) => SecurityElement.Escape(text);

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
