using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// Writes the progress report as a Word document in the profile's fonts and page: an overview, then per area an overview chart
/// (measures on schedule, delayed, completed, not reported) and a table of its measures, then per measure its indicators with
/// baseline, targets and actuals per year and a native chart per indicator (a c:chartSpace part with its embedded workbook, so
/// it stays editable in Word), and last the measures no department reported on. The same report gives the same bytes.
/// </summary>
public static class ProgressReportWriter
{
    private const long EmuPerMm = 36000;
    private const string Main = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"";

    public static byte[] Write(ProgressReport report, Profile profile)
    {
        var wording = new ReportWording(profile);
        var charts = new List<(string Id, ChartData Chart)>();
        var body = Body(report, profile, wording, charts);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            Feed(main.AddNewPart<StyleDefinitionsPart>("rIdStyles"), ReportStyles.Write(profile.Fonts));
            Feed(main.AddNewPart<DocumentSettingsPart>("rIdSettings"), """
                <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="840"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="en-US" w:eastAsia="ja-JP"/></w:settings>
                """);
            foreach (var (id, chart) in charts)
            {
                var part = main.AddNewPart<ChartPart>(id);
                Feed(part, ChartSpaceXml.Write(chart, profile.Fonts));
                var workbook = part.AddNewPart<EmbeddedPackagePart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ChartSpaceXml.EmbeddedWorkbookRelationshipId);
                using var data = new MemoryStream(ChartWorkbook.Write(chart));
                workbook.FeedData(data);
            }
            Feed(main, $"<w:document {Main}><w:body>{body}</w:body></w:document>");
            CoreProperties.Write(document.AddNewPart<CoreFilePropertiesPart>("rIdCore"), Title(report), report.Plan.Municipality);
        }
        return DeterministicZip.Normalize(stream.ToArray());
    }

    public static string Title(ProgressReport report) => $"{report.Plan.Title}　進捗状況報告";

    private static string Body(ProgressReport report, Profile profile, ReportWording wording, List<(string Id, ChartData Chart)> charts)
    {
        var page = profile.Page;
        var textWidth = Twips(page.WidthMm - page.LeftMm - page.RightMm);
        var chartWidth = (long)Math.Min(160, page.WidthMm - page.LeftMm - page.RightMm) * EmuPerMm;
        var xml = new ReportXml();
        var year = wording.Year(report.Year);
        var figure = 0;
        void Chart(ChartData chart, long heightMm)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"rIdChart{charts.Count + 1}");
            charts.Add((id, chart));
            figure++;
            xml.Chart(charts.Count, id, $"図{figure}", chart.AltText, chartWidth, heightMm * EmuPerMm);
            xml.Paragraph("ReportCaption", $"図{figure}　{chart.Title}");
        }

        xml.Paragraph("Title", Title(report));
        xml.Paragraph("Subtitle", $"{year}（{report.Year.StartYear}年度）　{report.Plan.Municipality}");
        xml.Paragraph(null, $"この報告は、{report.Plan.Title}{(report.Plan.Edition is { Length: > 0 } e ? $"（{e}）" : "")}の施策について、"
            + "各課から提出された様式（施策・指標シート）の内容をまとめたものです。実績の報告がない年度は「未報告」と記載しています。");

        xml.Paragraph("Heading1", "1　進捗の概要");
        var total = report.Measures.Count();
        xml.Paragraph(null, $"{year}の施策 {total} 件のうち、" + string.Join("、", ProgressStatusNames.All.Select(s => $"{s.Label()} {report.Count(s)} 件")) + "です。");
        var countWidth = Twips(21);
        var summaryWidths = new[] { textWidth - countWidth * 5 }.Concat(Enumerable.Repeat(countWidth, 5)).ToArray();
        var summaryRows = report.Areas.Select(a => (IReadOnlyList<(string, string?)>)
                [(a.Heading, null), .. ProgressStatusNames.All.Select(s => (Count(a.Count(s)), (string?)null)), (Count(a.Measures.Count), null)])
            .Append([("計", null), .. ProgressStatusNames.All.Select(s => (Count(report.Count(s)), (string?)null)), (Count(total), null)]);
        xml.Table("分野別の施策の進捗状況", summaryWidths, ["分野", .. ProgressStatusNames.All.Select(s => s.Label()), "計"], summaryRows);

        xml.Paragraph("Heading1", "2　分野別の進捗");
        foreach (var area in report.Areas)
        {
            xml.Paragraph("Heading2", area.Heading);
            Chart(ProgressCharts.Overview(report, area, wording.YearStyle), 65);
            var widths = Split(textWidth, [12, 54, 20, 20, 24, 40]);
            xml.Table($"{area.Heading}の施策の進捗", widths,
                ["番号", wording.MeasureName, $"{year}の計画", "報告された工程", "状況", "報告した課"],
                area.Measures.Select(m => (IReadOnlyList<(string, string?)>)
                [
                    (m.Measure.Number ?? "", null), (m.Measure.Name, null), (wording.Phase(m.Planned), null), (wording.ReportedPhase(m), null),
                    (m.Status.Label(), Fill(m.Status)), (m.Reporters.Count == 0 ? ReportWording.NotReported : string.Join("\n", m.Reporters), null),
                ]));
            foreach (var measure in area.Measures.Where(m => m.Indicators.Count > 0))
            {
                xml.Paragraph("Heading3", measure.Title);
                xml.Paragraph(null, $"{year}の計画: {wording.Phase(measure.Planned)}　報告: {wording.ReportedPhase(measure)}　状況: {measure.Status.Label()}");
                var fixedWidth = Twips(24) * 2;
                var yearWidth = Twips(22);
                var nameWidth = Math.Max(Twips(40), textWidth - fixedWidth - yearWidth * report.ActualYears.Count);
                xml.Table($"{measure.Measure.Name}の{wording.Indicator}",
                    [nameWidth, Twips(24), Twips(24), .. report.ActualYears.Select(_ => yearWidth)],
                    [wording.Indicator, wording.Baseline, wording.Target, .. report.ActualYears.Select(wording.ActualOf)],
                    measure.Indicators.Select(i => (IReadOnlyList<(string, string?)>)
                    [
                        (i.Name, null), (wording.Figure(i.Baseline), null),
                        (i.Targets.Count == 0 ? "－" : string.Join("\n", i.Targets.Select(t => wording.Figure(t))), null),
                        .. i.Actuals.Select(a => (wording.ActualText(a), a.Reported ? null : "F3F2F1")),
                    ]));
                foreach (var indicator in measure.Indicators)
                {
                    if (ProgressCharts.HasNumbers(indicator)) Chart(ProgressCharts.Indicator(measure, indicator, wording.YearStyle, wording.ChartLabels), 70);
                    else xml.Paragraph(null, $"「{indicator.Name}」は数値の{wording.Actual}・{wording.Target}がないため、グラフはありません。");
                }
            }
        }

        xml.Paragraph("Heading1", "3　報告のない施策");
        var unreported = report.Unreported;
        if (unreported.Count == 0) xml.Paragraph(null, "すべての施策について報告がありました。");
        else
        {
            xml.Paragraph(null, $"次の {unreported.Count} 件の施策は、{year}の様式が提出されていません。");
            var areaOf = report.Areas.SelectMany(a => a.Measures.Select(m => (m, a))).ToDictionary(p => p.m, p => p.a);
            xml.Table("報告のない施策", Split(textWidth, [50, 12, 60, 48]), ["分野", "番号", wording.MeasureName, wording.Departments],
                unreported.Select(m => (IReadOnlyList<(string, string?)>)
                    [(areaOf[m].Heading, null), (m.Measure.Number ?? "", null), (m.Measure.Name, null), (string.Join("\n", m.Measure.Departments), null)]));
        }

        xml.Raw(ReportXml.Invariant($"<w:sectPr><w:pgSz w:w=\"{Twips(page.WidthMm)}\" w:h=\"{Twips(page.HeightMm)}\"/><w:pgMar w:top=\"{Twips(page.TopMm)}\" w:right=\"{Twips(page.RightMm)}\" w:bottom=\"{Twips(page.BottomMm)}\" w:left=\"{Twips(page.LeftMm)}\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/><w:docGrid w:type=\"lines\" w:linePitch=\"360\"/></w:sectPr>"));
        return xml.ToString();
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string? Fill(ProgressStatus status) => status switch
    {
        ProgressStatus.Delayed => "FDE7E9",
        ProgressStatus.NotReported => "F3F2F1",
        _ => null,
    };

    /// <summary>Column widths in twips in the given proportions, filling the text width.</summary>
    private static int[] Split(int total, int[] parts)
    {
        var sum = parts.Sum();
        var widths = parts.Select(p => total * p / sum).ToArray();
        widths[^1] += total - widths.Sum();
        return widths;
    }

    private static int Twips(double mm) => (int)Math.Round(mm / 25.4 * 1440);

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(new System.Text.UTF8Encoding(false).GetBytes(xml));
        part.FeedData(data);
    }
}
