using System.Globalization;
using System.Text.RegularExpressions;
using OfficeDx.Core.Text;

namespace OfficeDx.Core.Time;

/// <summary>Reads the year and month from an edition label such as 令和5年3月改訂 or 2023年3月改訂.</summary>
public static partial class EditionDate
{
    public static bool TryParse(string edition, out DateOnly date)
    {
        date = default;
        var text = JapaneseText.FoldDigitsAndLatin(edition).RemoveWhitespace();
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return false;
        int year;
        if (match.Groups["era"].Success)
        {
            if (!JapaneseEra.TryFind(match.Groups["era"].Value, out var era)) return false;
            var n = match.Groups["n"].Value == "元" ? 1 : int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
            year = era.FirstYear + n - 1;
        }
        else
        {
            year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        }
        if (year is < FiscalYear.MinYear or > FiscalYear.MaxYear) return false;
        date = new DateOnly(year, month, 1);
        return true;
    }

    [GeneratedRegex(@"(?:(?<era>令和|平成|昭和)(?<n>元|\d{1,3})|(?<year>\d{4}))年(?<month>\d{1,2})月")]
    private static partial Regex Pattern();
}
