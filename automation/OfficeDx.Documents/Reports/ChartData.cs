namespace OfficeDx.Documents.Reports;

/// <summary>
/// What one chart shows: categories along the bottom and series of values (null: nothing to plot, a gap — never zero), with
/// the title and alt text. The Word chart, its embedded workbook and the console's PNG are all drawn from this.
/// </summary>
public sealed record ChartData(string Key, string Title, string AltText, string ValueAxisTitle, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);

/// <summary>One series of a chart, with its colour (RGB hex, no #) and, where points differ, a colour per point.</summary>
public sealed record ChartSeries(string Name, string Color, IReadOnlyList<double?> Values, IReadOnlyList<string>? PointColors = null);
