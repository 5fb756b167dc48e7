using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Cells of the measure table: shaded label cells, value cells spanning the year columns, margin-less schedule cells.</summary>
internal static class TableCells
{
    public const string LabelShade = "DEEAF6";

    public static TableCell Label(int widthTwips, string text, MergedCellValues? verticalMerge = null)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = widthTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (verticalMerge is { } merge) properties.Append(new VerticalMerge { Val = merge });
        properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = LabelShade });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var paragraph = verticalMerge == MergedCellValues.Continue
            ? TextRuns.Paragraph(StyleIds.TableLabel)
            : TextRuns.Paragraph(StyleIds.TableLabel, text);
        return new TableCell(properties, paragraph);
    }

    public static TableCell Value(int widthTwips, int gridSpan, params OpenXmlElement[] content)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = widthTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (gridSpan > 1) properties.Append(new GridSpan { Val = gridSpan });
        properties.Append(new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        var cell = new TableCell(properties);
        cell.Append(content);
        return cell;
    }

    public static TableCell Year(int widthTwips, params OpenXmlElement[] content) => Year(widthTwips, 1, content);

    /// <summary>A schedule cell over <paramref name="gridSpan"/> fiscal-year columns (a bar of several years).</summary>
    public static TableCell Year(int widthTwips, int gridSpan, params OpenXmlElement[] content)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = widthTwips.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (gridSpan > 1) properties.Append(new GridSpan { Val = gridSpan });
        properties.Append(
            // Zero side margins let the arrow segments of neighbouring years meet at the column line.
            new TableCellMargin(
                new LeftMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                new RightMargin { Width = "0", Type = TableWidthUnitValues.Dxa }),
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Top });
        var cell = new TableCell(properties);
        cell.Append(content);
        return cell;
    }
}
