using System.Globalization;
using System.Text.RegularExpressions;
using OfficeDx.Core.Text;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// An indicator value as written (45.2%, 35 手続, -) with the number in it, if any, and its unit: the text is what people read,
/// the number what the charts plot. A value that is no number (-, 調査中) is kept as text and left out of the charts.
/// </summary>
public sealed partial record IndicatorFigure(string Text, double? Number, string Unit)
{
    public static IndicatorFigure Parse(string text)
    {
        var folded = JapaneseText.FoldDigitsAndLatin(text).Trim();
        var match = NumberPattern().Match(folded);
        if (!match.Success) return new IndicatorFigure(text.Trim(), null, "");
        var number = double.Parse(match.Groups["number"].Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
        return new IndicatorFigure(text.Trim(), number, match.Groups["unit"].Value.Trim());
    }

    /// <summary>The number written with a unit: 45.2% for a percentage, 35 手続 with a space otherwise.</summary>
    public IndicatorFigure WithUnit(string unit) => Number is not { } number ? this : this with
    {
        Text = number.ToString("0.####", CultureInfo.InvariantCulture) + (unit is "%" or "％" ? unit : " " + unit),
        Unit = unit,
    };

    [GeneratedRegex(@"^(?<number>[-+]?\d{1,3}(,\d{3})+(\.\d+)?|[-+]?\d+(\.\d+)?)\s*(?<unit>[^\d].*)?$")]
    private static partial Regex NumberPattern();
}
