using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using OfficeDx.Core.Text;

namespace OfficeDx.Core.Time;

/// <summary>A Japanese fiscal year (年度, April to March), identified by the Western year in which it starts.</summary>
public readonly partial record struct FiscalYear : IComparable<FiscalYear>, ISpanFormattable
{
    public const int MinYear = 1926;
    public const int MaxYear = 2200;

    public FiscalYear(int startYear)
    {
        if (startYear is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, $"年度は{MinYear}年度から{MaxYear}年度の範囲で指定してください。");
        }
        StartYear = startYear;
    }

    /// <summary>The Western calendar year in which the fiscal year begins (April 1).</summary>
    public int StartYear { get; }

    public DateOnly FirstDay => new(StartYear, 4, 1);
    public DateOnly LastDay => new(StartYear + 1, 3, 31);

    /// <summary>The era that names this fiscal year: the year of an era change takes the new era for the whole year.</summary>
    public JapaneseEra Era => JapaneseEra.ForFiscalYear(StartYear);

    public int EraYear => StartYear - Era.FirstYear + 1;

    public FiscalYear Next => new(StartYear + 1);
    public FiscalYear Previous => new(StartYear - 1);

    public static FiscalYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public int CompareTo(FiscalYear other) => StartYear.CompareTo(other.StartYear);
    public static bool operator <(FiscalYear a, FiscalYear b) => a.StartYear < b.StartYear;
    public static bool operator >(FiscalYear a, FiscalYear b) => a.StartYear > b.StartYear;
    public static bool operator <=(FiscalYear a, FiscalYear b) => a.StartYear <= b.StartYear;
    public static bool operator >=(FiscalYear a, FiscalYear b) => a.StartYear >= b.StartYear;

    public string Format(FiscalYearStyle style) => style switch
    {
        FiscalYearStyle.Wareki => $"{Era.Name}{EraYearText}年度",
        FiscalYearStyle.WarekiAbbreviated => $"{Era.Letter}{EraYear}",
        FiscalYearStyle.Western => $"{StartYear}年度",
        FiscalYearStyle.WesternWithWareki => $"{StartYear}（{Era.Name}{EraYearText}）年度",
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, null),
    };

    private string EraYearText => EraYear == 1 ? "元" : EraYear.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => Format(FiscalYearStyle.Wareki);

    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "W" => Format(FiscalYearStyle.Wareki),
        "R" => Format(FiscalYearStyle.WarekiAbbreviated),
        "Y" => Format(FiscalYearStyle.Western),
        "YW" => Format(FiscalYearStyle.WesternWithWareki),
        _ => throw new FormatException($"Unknown fiscal year format '{format}'."),
    };

    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        charsWritten = Math.Min(text.Length, destination.Length);
        if (text.Length > destination.Length) { charsWritten = 0; return false; }
        text.AsSpan().CopyTo(destination);
        return true;
    }

    /// <summary>Parses the ways plans write a fiscal year: 令和3年度, 令和３年度, 令和 5 年度, 令和元年度, 令和五年度, R6, 2021年度, 2021 年度, 2021（令和3）年度, 平成31年度.</summary>
    public static FiscalYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new FormatException($"「{text}」を年度として読み取れません（例：令和3年度、R3、2021年度）。");

    public static bool TryParse([NotNullWhen(true)] string? text, out FiscalYear year)
    {
        year = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace();

        var match = WesternWithEraPattern().Match(compact);
        if (match.Success)
        {
            // 2021（令和3）年度: the era year in parentheses must name the same fiscal year as the Western year.
            if (TryWestern(match.Groups["year"].Value, out var western)
                && JapaneseEra.TryFind(match.Groups["era"].Value, out var namedEra)
                && TryEraYear(namedEra, match.Groups["n"].Value, out var fromEra)
                && fromEra == western)
            {
                year = western;
                return true;
            }
            return false;
        }

        match = WesternPattern().Match(compact);
        if (match.Success) return TryWestern(match.Groups["year"].Value, out year);

        match = EraPattern().Match(compact);
        if (match.Success && JapaneseEra.TryFind(match.Groups["era"].Value, out var era))
        {
            return TryEraYear(era, match.Groups["n"].Value, out year);
        }
        return false;
    }

    private static bool TryWestern(string digits, out FiscalYear year)
    {
        year = default;
        var value = int.Parse(digits, CultureInfo.InvariantCulture);
        if (value is < MinYear or > MaxYear) return false;
        year = new FiscalYear(value);
        return true;
    }

    private static bool TryEraYear(JapaneseEra era, string numberText, out FiscalYear year)
    {
        year = default;
        if (!KanjiNumber.TryParseEraYear(numberText, out var n) || n < 1) return false;
        if (era.LastYearNumber is { } last && n > last) return false;
        var western = era.FirstYear + n - 1;
        if (western is < MinYear or > MaxYear) return false;
        year = new FiscalYear(western);
        return true;
    }

    [GeneratedRegex(@"^(?:FY)?(?<year>\d{4})(?:年度|年)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WesternPattern();

    // Era years run to three digits: MaxYear 2200 is 令和182年度.
    [GeneratedRegex(@"^(?<year>\d{4})[（(](?<era>令和|平成|昭和|[RHSrhs])(?<n>元|\d{1,3})[）)]年?度?$")]
    private static partial Regex WesternWithEraPattern();

    [GeneratedRegex(@"^(?<era>令和|平成|昭和|[RHSrhs])\.?(?<n>元|\d{1,3}|[一二三四五六七八九十]{1,3})(?:年度|年)?$")]
    private static partial Regex EraPattern();
}
