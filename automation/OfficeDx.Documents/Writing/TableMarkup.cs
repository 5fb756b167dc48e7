using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>Rows and cells of a measure table as markup, spelled as the typed <see cref="TableCells"/> save.</summary>
internal static class TableMarkup
{
    /// <summary>A row's start; <paramref name="properties"/> is its w:trPr, if any (a name row's header mark comes first).</summary>
    public static WordMarkup RowStart(this WordMarkup xml, string properties = "") => xml.Append("<w:tr>").Append(properties);

    public static WordMarkup RowEnd(this WordMarkup xml) => xml.Append("</w:tr>");

    /// <summary>w:trPr of a row kept on one page.</summary>
    public const string CantSplit = "<w:trPr><w:cantSplit /></w:trPr>";

    /// <summary>w:trPr of a measure table's first row: kept on one page, repeated on a new page, announced by screen readers.</summary>
    public const string HeaderRow = "<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>";

    /// <summary>As <see cref="TableCells.Label"/>: shaded, the text in the label style; a continued merge holds no text.</summary>
    public static WordMarkup LabelCell(this WordMarkup xml, int widthTwips, string text, VerticalMerge merge = VerticalMerge.None,
        string styleId = StyleIds.TableLabel)
    {
        xml.Append("<w:tc><w:tcPr><w:tcW w:w=\"").Append(widthTwips).Append("\" w:type=\"dxa\" />");
        if (merge != VerticalMerge.None) xml.Append(merge == VerticalMerge.Restart ? "<w:vMerge w:val=\"restart\" />" : "<w:vMerge w:val=\"continue\" />");
        xml.Append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").Append(TableCells.LabelShade).Append("\" /><w:vAlign w:val=\"center\" /></w:tcPr>");
        return xml.Paragraph(styleId, merge == VerticalMerge.Continue ? "" : text).Append("</w:tc>");
    }

    /// <summary>As <see cref="TableCells.Value"/>: centred vertically, over <paramref name="gridSpan"/> columns, optionally shaded; the content follows.</summary>
    public static WordMarkup ValueCellStart(this WordMarkup xml, int widthTwips, int gridSpan, string? shade = null)
    {
        CellWidth(xml, widthTwips, gridSpan);
        if (shade is not null) xml.Append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").Append(shade).Append("\" />");
        return xml.Append("<w:vAlign w:val=\"center\" /></w:tcPr>");
    }

    /// <summary>As <see cref="TableCells.Year(int, int, DocumentFormat.OpenXml.OpenXmlElement[])"/>: no side margins, so the arrow segments of neighbouring years meet; the content follows.</summary>
    public static WordMarkup YearCellStart(this WordMarkup xml, int widthTwips, int gridSpan = 1)
    {
        CellWidth(xml, widthTwips, gridSpan);
        return xml.Append("<w:tcMar><w:left w:w=\"0\" w:type=\"dxa\" /><w:right w:w=\"0\" w:type=\"dxa\" /></w:tcMar><w:vAlign w:val=\"top\" /></w:tcPr>");
    }

    public static WordMarkup CellEnd(this WordMarkup xml) => xml.Append("</w:tc>");

    /// <summary>w:tblGrid: one column per width.</summary>
    public static WordMarkup Grid(this WordMarkup xml, int firstTwips, IEnumerable<int> restTwips)
    {
        xml.Append("<w:tblGrid><w:gridCol w:w=\"").Append(firstTwips).Append("\" />");
        foreach (var width in restTwips) xml.Append("<w:gridCol w:w=\"").Append(width).Append("\" />");
        return xml.Append("</w:tblGrid>");
    }

    private static void CellWidth(WordMarkup xml, int widthTwips, int gridSpan)
    {
        xml.Append("<w:tc><w:tcPr><w:tcW w:w=\"").Append(widthTwips).Append("\" w:type=\"dxa\" />");
        if (gridSpan > 1) xml.Append("<w:gridSpan w:val=\"").Append(gridSpan).Append("\" />");
    }
}
