using System.Globalization;
using System.Text.RegularExpressions;
using OfficeDx.Core.Text;

namespace OfficeDx.Documents.Excel;

/// <summary>What a number typed (or pasted) as text in a Japanese office reads as.</summary>
public enum TypedNumberKind
{
    Blank,
    Number,
    /// <summary>Approximate or bounded (約100, 100以上, 100程度): a number cannot be chosen without asking.</summary>
    Ambiguous,
    NotANumber,
}

/// <summary>
/// Parses numbers as a Japanese office types them: full-width digits (１２３), digit grouping (12,345 / １２，３４５),
/// a trailing unit (38.4%, 31 手続) when it is the indicator's. Anything approximate is reported as ambiguous rather than guessed.
/// </summary>
public static partial class TypedNumber
{
    private static readonly string[] ApproximatePrefixes = ["約", "およそ", "概ね", "おおむね", "凡そ", "ほぼ", "~", "〜", "～"];
    private static readonly string[] ApproximateSuffixes = ["程度", "前後", "以上", "以下", "未満", "超", "強", "弱", "余", "位", "くらい", "ぐらい", "~", "〜", "～"];

    public static (TypedNumberKind Kind, decimal Number) Parse(string? text, string unit)
    {
        if (text is null || text.RemoveWhitespace().Length == 0) return (TypedNumberKind.Blank, 0);
        var folded = JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace().Replace('，', ',').Replace('．', '.').Replace('−', '-').Replace('－', '-');
        var foldedUnit = JapaneseText.FoldDigitsAndLatin(unit).RemoveWhitespace();

        var core = folded;
        var approximate = false;
        foreach (var prefix in ApproximatePrefixes)
            if (core.StartsWith(prefix, StringComparison.Ordinal)) { core = core[prefix.Length..]; approximate = true; }
        if (foldedUnit.Length > 0 && core.EndsWith(foldedUnit, StringComparison.Ordinal)) core = core[..^foldedUnit.Length];
        foreach (var suffix in ApproximateSuffixes)
            if (core.EndsWith(suffix, StringComparison.Ordinal)) { core = core[..^suffix.Length]; approximate = true; }
        if (foldedUnit.Length > 0 && core.EndsWith(foldedUnit, StringComparison.Ordinal)) core = core[..^foldedUnit.Length];

        if (!NumberPattern().IsMatch(core)) return (TypedNumberKind.NotANumber, 0);
        if (approximate) return (TypedNumberKind.Ambiguous, 0);
        var number = decimal.Parse(core.Replace(",", ""), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return (TypedNumberKind.Number, number);
    }

    [GeneratedRegex(@"^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")]
    private static partial Regex NumberPattern();
}
