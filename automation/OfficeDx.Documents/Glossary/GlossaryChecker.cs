using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Glossary;

/// <summary>Checks a document's terms against its own glossary and the term base; changes nothing.</summary>
public static class GlossaryChecker
{
    public static GlossaryReport Check(byte[] docx, string fileName, TermBase termBase)
    {
        using var package = GlossaryPackage.Open(docx, fileName);
        var known = termBase.Terms.Select(t => t.ToGlossaryTerm()).ToList();
        var (entries, markers) = GlossaryReader.Read(package, known);
        var documentTerms = entries.Select(e => e.Term).DistinctBy(t => t.Term).ToArray();
        var all = documentTerms.Concat(known).DistinctBy(t => TermKey.Of(t.Term)).ToArray();
        var matcher = TermMatcher.For(all);

        var uses = new List<TermOccurrence>();
        foreach (var (paragraph, place) in DocumentPlaces.Paragraphs(package))
        {
            var text = new ParagraphText(paragraph);
            foreach (var (term, start, end) in matcher.Matches(text.Text))
                uses.Add(new TermOccurrence(term, text.Text[start..end], place, start, end));
        }
        var markedTerms = markers.Where(m => m.Term is not null).Select(m => m.Term!).ToHashSet(StringComparer.Ordinal);
        var defined = documentTerms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        var termBaseByKey = known.GroupBy(t => TermKey.Of(t.Term)).ToDictionary(g => g.Key, g => g.First());

        return new GlossaryReport
        {
            File = fileName,
            UnmarkedTerms = uses.Where(u => !markedTerms.Contains(u.Term)).DistinctBy(u => u.Term)
                .Select(u => new TermUse(u.Term, DocumentPlaces.Describe(u.Place))).ToArray(),
            MarkersWithoutDefinition = markers.Where(m => m.Term is null || !defined.Contains(m.Term))
                .Select(m => new MarkerProblem(m.Text, m.Term, DocumentPlaces.Describe(m.Place))).ToArray(),
            UnusedEntries = documentTerms.Where(t => !uses.Any(u => u.Term == t.Term)).Select(t => t.Term).ToArray(),
            Variants = uses.GroupBy(u => u.Term)
                .Where(g => g.Select(u => u.Spelling).Distinct(StringComparer.Ordinal).Count() > 1)
                .Select(g => new VariantGroup(g.Key, g.GroupBy(u => u.Spelling, StringComparer.Ordinal)
                    .Select(s => new VariantSpelling(s.Key, s.Select(u => DocumentPlaces.Describe(u.Place)).Distinct().ToArray())).ToArray()))
                .ToArray(),
            DefinitionsDiffering = documentTerms
                .Where(t => termBaseByKey.TryGetValue(TermKey.Of(t.Term), out var b) && Comparable(b.Definition) != Comparable(t.Definition))
                .Select(t => new DefinitionDifference(t.Term, t.Definition, termBaseByKey[TermKey.Of(t.Term)].Definition)).ToArray(),
            ForeignMarkers = markers.Where(m => !m.Tagged).Select(m => new MarkerProblem(m.Text, m.Term, DocumentPlaces.Describe(m.Place))).ToArray(),
        };
    }

    /// <summary>Line breaks and spaces differ between layouts (table cell, footnote) without the definition differing.</summary>
    private static string Comparable(string definition) => Core.Text.JapaneseText.RemoveWhitespace(definition);
}
