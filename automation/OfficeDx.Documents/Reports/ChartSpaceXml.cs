using System.Globalization;
using System.Security;
using System.Text;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// A DrawingML chart part (c:chartSpace) drawing <see cref="ChartData"/> as a clustered column chart whose categories and values
/// refer to Sheet1 of the embedded workbook (<see cref="ChartWorkbook"/>) and carry the same numbers in their caches, so Word
/// shows the chart without opening the workbook and "Edit Data" opens the figures. A missing value has no cached point: a gap.
/// </summary>
public static class ChartSpaceXml
{
    public const string SheetName = "Sheet1";
    public const string EmbeddedWorkbookRelationshipId = "rIdWorkbook";

    public static string Write(ChartData chart, FontSetup fonts)
    {
        var n = chart.Categories.Count;
        var xml = new StringBuilder();
        xml.Append("""<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">""");
        xml.Append("""<c:date1904 val="0"/><c:lang val="ja-JP"/><c:roundedCorners val="0"/><c:chart>""");
        xml.Append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"1100\" b=\"1\"/></a:pPr>")
            .Append(Run(chart.Title, fonts.Heading, 1100, bold: true)).Append("</a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>");
        xml.Append("""<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>""");
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var column = ReportSheets.Column(s + 1);
            xml.Append(Invariant($"<c:ser><c:idx val=\"{s}\"/><c:order val=\"{s}\"/>"));
            xml.Append($"<c:tx><c:strRef><c:f>{SheetName}!${column}$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>{Escape(series.Name)}</c:v></c:pt></c:strCache></c:strRef></c:tx>");
            xml.Append($"<c:spPr><a:solidFill><a:srgbClr val=\"{series.Color}\"/></a:solidFill></c:spPr><c:invertIfNegative val=\"0\"/>");
            if (series.PointColors is { } colors)
            {
                for (var p = 0; p < colors.Count; p++)
                    xml.Append(Invariant($"<c:dPt><c:idx val=\"{p}\"/><c:invertIfNegative val=\"0\"/><c:bubble3D val=\"0\"/><c:spPr><a:solidFill><a:srgbClr val=\"{colors[p]}\"/></a:solidFill></c:spPr></c:dPt>"));
            }
            xml.Append("<c:dLbls><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"800\"/></a:pPr><a:endParaRPr lang=\"ja-JP\"/></a:p></c:txPr>")
                .Append("""<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>""");
            xml.Append(Invariant($"<c:cat><c:strRef><c:f>{SheetName}!$A$2:$A${n + 1}</c:f><c:strCache><c:ptCount val=\"{n}\"/>"));
            for (var i = 0; i < n; i++) xml.Append(Invariant($"<c:pt idx=\"{i}\"><c:v>{Escape(chart.Categories[i])}</c:v></c:pt>"));
            xml.Append("</c:strCache></c:strRef></c:cat>");
            xml.Append(Invariant($"<c:val><c:numRef><c:f>{SheetName}!${column}$2:${column}${n + 1}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"{n}\"/>"));
            for (var i = 0; i < n; i++)
            {
                if (series.Values[i] is { } value) xml.Append(Invariant($"<c:pt idx=\"{i}\"><c:v>{value.ToString("R", CultureInfo.InvariantCulture)}</c:v></c:pt>"));
            }
            xml.Append("</c:numCache></c:numRef></c:val></c:ser>");
        }
        xml.Append("""<c:gapWidth val="80"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>""");
        xml.Append("""<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>""");
        // Counts and shares start at zero; an axis that starts elsewhere exaggerates small differences.
        var minimum = chart.Series.SelectMany(s => s.Values).Any(v => v < 0) ? "" : "<c:min val=\"0\"/>";
        xml.Append($"<c:valAx><c:axId val=\"500000002\"/><c:scaling><c:orientation val=\"minMax\"/>{minimum}</c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>")
            .Append("<c:title><c:tx><c:rich><a:bodyPr rot=\"0\" vert=\"eaVert\"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"/></a:pPr>")
            .Append(Run(chart.ValueAxisTitle, fonts.Body, 900, bold: false)).Append("</a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
            .Append("""<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>""");
        xml.Append("</c:plotArea>");
        if (chart.Series.Count > 1) xml.Append("""<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>""");
        xml.Append("""<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>""");
        var font = Escape(fonts.Body);
        xml.Append($"<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"><a:latin typeface=\"{font}\"/><a:ea typeface=\"{font}\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"ja-JP\"/></a:p></c:txPr>");
        xml.Append($"<c:externalData r:id=\"{EmbeddedWorkbookRelationshipId}\"><c:autoUpdate val=\"0\"/></c:externalData></c:chartSpace>");
        return xml.ToString();
    }

    private static string Run(string text, string font, int size, bool bold) =>
        Invariant($"<a:r><a:rPr lang=\"ja-JP\" altLang=\"en-US\" sz=\"{size}\" b=\"{(bold ? 1 : 0)}\"><a:latin typeface=\"{Escape(font)}\"/><a:ea typeface=\"{Escape(font)}\"/></a:rPr><a:t>{Escape(text)}</a:t></a:r>");

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
