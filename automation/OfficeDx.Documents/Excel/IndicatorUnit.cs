using System.Globalization;
using System.Text.RegularExpressions;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>
/// The unit an indicator's values are written in (手続 in "31 手続", % in "38.4%"), learned from the values the plan already holds,
/// so that a number typed in Excel is written back in the same text form: same unit, same space, same digit grouping.
/// </summary>
public sealed partial record IndicatorUnit(string Unit, string Separator, bool Grouping)
{
    public static readonly IndicatorUnit None = new("", "", false);

    /// <summary>The unit of the first baseline, target or actual that reads as number + unit.</summary>
    public static IndicatorUnit Of(Indicator indicator)
    {
        var values = new[] { indicator.Baseline }.Concat(indicator.Targets).Concat(indicator.Actuals).OfType<IndicatorValue>();
        IndicatorUnit? found = null;
        var grouping = false;
        foreach (var value in values)
        {
            if (Split(value.Value) is not { } split) continue;
            grouping |= split.Grouped;
            found ??= new IndicatorUnit(split.Unit, split.Separator, false);
        }
        return (found ?? None) with { Grouping = grouping };
    }

    /// <summary>Reads "31 手続", "12,345件", "38.4%" as number, separator and unit; null when the text does not start with a plain number.</summary>
    public static (decimal Number, string Separator, string Unit, bool Grouped)? Split(string text)
    {
        var match = ValuePattern().Match(text);
        if (!match.Success) return null;
        var digits = match.Groups["num"].Value;
        if (!decimal.TryParse(digits.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            return null;
        return (number, match.Groups["sep"].Value, match.Groups["unit"].Value, digits.Contains(','));
    }

    /// <summary>The number a value text holds when it is written in this unit; null for "-", "約100" or another unit.</summary>
    public decimal? NumberIn(string text) =>
        Split(text) is { } split && split.Unit == Unit ? split.Number : null;

    /// <summary>The text form of a number in this unit: 31 → "31 手続", 38.4 → "38.4%", 12345 → "12,345 件" when the plan groups digits.</summary>
    public string Format(decimal number)
    {
        var digits = number.ToString(Grouping ? "#,##0.############################" : "0.############################", CultureInfo.InvariantCulture);
        return Unit.Length == 0 ? digits : digits + Separator + Unit;
    }

    /// <summary>An Excel number format that shows the unit after a plain number (General" 手続"), or null when the unit cannot be quoted.</summary>
    public string? NumberFormatCode =>
        Unit.Length == 0 || Unit.Contains('"') || Unit.Contains('\\') ? null : $"General\"{Separator}{Unit}\"";

    [GeneratedRegex(@"^(?<num>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?<sep>[ \u3000]?)(?<unit>[^\d\s.,+-][^\r\n]*)?$")]
    private static partial Regex ValuePattern();
}
