using OfficeDx.Documents.Reports;
using ScottPlot;

namespace OfficeDx.Service.Reports;

/// <summary>
/// Draws a report chart as a PNG for the console with ScottPlot (over SkiaSharp): the same <see cref="ChartData"/> as the Word
/// chart, so the web page and the document show the same figures. A missing value draws no bar (a gap), never a zero bar.
/// </summary>
public static class ChartImages
{
    public const int Width = 720;
    public const int Height = 400;

    // SkiaSharp's Linux assets here come without fontconfig: the Japanese font is loaded from its file.
    private static readonly string[] FontFiles =
    [
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/truetype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    ];

    private const string FontName = "Noto Sans CJK JP";

    private static readonly Lazy<string?> Font = new(() =>
    {
        if (FontFiles.FirstOrDefault(File.Exists) is not { } file) return null;
        Fonts.AddFontFile(FontName, file, bold: false, italic: false);
        Fonts.AddFontFile(FontName, file, bold: true, italic: false);
        return FontName;
    });

    public static byte[] Png(ChartData chart)
    {
        var plot = new Plot();
        if (Font.Value is { } font) plot.Font.Set(font);
        var groups = chart.Categories.Count;
        var seriesCount = chart.Series.Count;
        var width = 0.8 / seriesCount;
        var bars = new List<Bar>();
        for (var s = 0; s < seriesCount; s++)
        {
            var series = chart.Series[s];
            for (var i = 0; i < groups; i++)
            {
                if (series.Values[i] is not { } value) continue;
                var color = Color.FromHex("#" + (series.PointColors?[i] ?? series.Color));
                bars.Add(new Bar
                {
                    Position = i + (s - (seriesCount - 1) / 2.0) * width,
                    Value = value,
                    Size = width * 0.95,
                    FillColor = color,
                    LineWidth = 0,
                    Label = value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
        }
        var plotted = plot.Add.Bars(bars);
        plotted.ValueLabelStyle.FontSize = 13;
        if (Font.Value is { } labelFont) plotted.ValueLabelStyle.FontName = labelFont;
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, groups).Select(i => (double)i).ToArray(), chart.Categories.ToArray());
        var top = chart.Series.SelectMany(s => s.Values).Max() ?? 0;
        var bottom = Math.Min(0, chart.Series.SelectMany(s => s.Values).Min() ?? 0);
        plot.Axes.SetLimits(-0.6, groups - 0.4, bottom, top <= 0 ? 1 : top * 1.2);
        plot.Title(chart.Title);
        plot.YLabel(chart.ValueAxisTitle);
        if (seriesCount > 1)
        {
            foreach (var series in chart.Series)
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = series.Name, FillColor = Color.FromHex("#" + series.Color) });
            plot.ShowLegend(Alignment.UpperLeft);
        }
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
