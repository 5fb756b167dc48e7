namespace OfficeDx.Documents.Glossary;

/// <summary>
/// Finds known terms and their variants in text by comparison key, longest spelling first, without overlaps.
/// A term that starts or ends with a Latin letter or digit matches only at a word boundary (AI is not found in EMAIL).
/// </summary>
public sealed class TermMatcher
{
    private readonly Dictionary<char, (string Key, string Term)[]> _byFirst;

    /// <param name="spellings">Each canonical term with every spelling that should count as it.</param>
    public TermMatcher(IEnumerable<(string Term, IEnumerable<string> Spellings)> spellings)
    {
        _byFirst = spellings
            .SelectMany(t => t.Spellings.Prepend(t.Term).Select(s => (Key: TermKey.Of(s), t.Term)))
            .Where(k => k.Key.Length > 0)
            .DistinctBy(k => k.Key)
            .GroupBy(k => k.Key[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(k => k.Key.Length).ThenBy(k => k.Key, StringComparer.Ordinal).ToArray());
    }

    public static TermMatcher For(IEnumerable<Core.Model.GlossaryTerm> terms) =>
        new(terms.Select(t => (t.Term, (IEnumerable<string>)t.Variants)));

    /// <summary>Every match in <paramref name="text"/>, in order.</summary>
    public IEnumerable<(string Term, int Start, int End)> Matches(string text)
    {
        var key = TermKey.Build(text, out var source);
        var i = 0;
        while (i < key.Length)
        {
            var matched = false;
            if (_byFirst.TryGetValue(key[i], out var candidates))
            {
                foreach (var (candidate, term) in candidates)
                {
                    if (i + candidate.Length > key.Length || string.CompareOrdinal(key, i, candidate, 0, candidate.Length) != 0) continue;
                    var start = source[i];
                    var end = source[i + candidate.Length - 1] + 1;
                    if (TermKey.IsWordCharacter(text[start]) && start > 0 && TermKey.IsWordCharacter(text[start - 1])) continue;
                    if (TermKey.IsWordCharacter(text[end - 1]) && end < text.Length && TermKey.IsWordCharacter(text[end])) continue;
                    yield return (term, start, end);
                    i += candidate.Length;
                    matched = true;
                    break;
                }
            }
            if (!matched) i++;
        }
    }
}
