using System.Diagnostics.CodeAnalysis;

namespace OfficeDx.Core.Time;

/// <summary>A Japanese era (元号) as used to name fiscal years.</summary>
public sealed record JapaneseEra(string Name, char Letter, int FirstYear, int? LastYearNumber)
{
    // Fiscal-year naming: an era change during a year names the whole fiscal year after the new era
    // (FY1989 = 平成元年度, FY2019 = 令和元年度). 平成31年度 and 昭和64年度 still occur in documents
    // written before the change, so parsing accepts them.
    public static readonly JapaneseEra Showa = new("昭和", 'S', 1926, 64);
    public static readonly JapaneseEra Heisei = new("平成", 'H', 1989, 31);
    public static readonly JapaneseEra Reiwa = new("令和", 'R', 2019, null);

    public static IReadOnlyList<JapaneseEra> All { get; } = [Showa, Heisei, Reiwa];

    public static JapaneseEra ForFiscalYear(int startYear) =>
        startYear >= Reiwa.FirstYear ? Reiwa : startYear >= Heisei.FirstYear ? Heisei : Showa;

    public static bool TryFind(string nameOrLetter, [NotNullWhen(true)] out JapaneseEra? era)
    {
        era = All.FirstOrDefault(e => e.Name == nameOrLetter
            || (nameOrLetter.Length == 1 && char.ToUpperInvariant(nameOrLetter[0]) == e.Letter));
        return era is not null;
    }
}
