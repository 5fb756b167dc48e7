using OfficeDx.Documents.Glossary;


namespace OfficeDx.Service.Requests;

/// <summary>
/// Finds term-base entries by term, reading, expansion or variant, compared by the glossary's own key (ＩＣＴ = ICT = I C T)
/// with katakana folded to hiragana, so くらうど finds クラウド: exact matches first, then prefixes, then the rest.
/// </summary>
public static class TermSearch
{
    public static IReadOnlyList<TermBaseEntry> Find(TermBase termBase, string? query)
    {
        var key = Key(query ?? "");
        if (key.Length == 0) return termBase.Terms;
        return termBase.Terms
            .Select((entry, index) => (entry, index, rank: Rank(entry, key)))
            .Where(t => t.rank >= 0)
            .OrderBy(t => t.rank).ThenBy(t => t.index)
            .Select(t => t.entry)
            .ToArray();
    }

    /// <summary>0 exact, 1 prefix, 2 contained, -1 no match; the best over every spelling the entry has.</summary>
    private static int Rank(TermBaseEntry entry, string key)
    {
        var best = -1;
        foreach (var text in entry.Variants.Prepend(entry.Term).Append(entry.Reading ?? "").Append(entry.Expansion ?? ""))
        {
            var candidate = Key(text);
            var rank = candidate == key ? 0 : candidate.StartsWith(key, StringComparison.Ordinal) ? 1 : candidate.Contains(key, StringComparison.Ordinal) ? 2 : -1;
            if (rank >= 0 && (best < 0 || rank < best)) best = rank;
        }
        return best;
    }

    private static string Key(string text) => Kana.ToHiragana(TermKey.Of(text));
}
