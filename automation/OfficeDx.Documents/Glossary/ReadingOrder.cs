using System.Globalization;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Glossary;

/// <summary>Gojūon order by the stored reading (ICU ja-JP, kana type and width ignored); ICU alone would sort kanji by code point.</summary>
public static class ReadingOrder
{
    private static readonly CompareInfo Japanese = CultureInfo.GetCultureInfo("ja-JP").CompareInfo;
    private const CompareOptions Options = CompareOptions.IgnoreKanaType | CompareOptions.IgnoreWidth;

    public static IComparer<GlossaryTerm> Comparer { get; } = Comparer<GlossaryTerm>.Create((a, b) =>
    {
        var byReading = Japanese.Compare(SortKey(a), SortKey(b), Options);
        return byReading != 0 ? byReading : string.CompareOrdinal(a.Term, b.Term);
    });

    /// <summary>The reading when the term has one; a term without one sorts by its own spelling.</summary>
    public static string SortKey(GlossaryTerm term) => string.IsNullOrWhiteSpace(term.Reading) ? term.Term : term.Reading;

    public static IReadOnlyList<GlossaryTerm> Sort(IEnumerable<GlossaryTerm> terms) => terms.Order(Comparer).ToArray();
}
