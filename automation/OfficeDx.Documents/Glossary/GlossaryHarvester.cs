using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>Reads a document's glossary back into plan terms: definitions, readings, marker numbers and first-use places.</summary>
public static class GlossaryHarvester
{
    public static (IReadOnlyList<GlossaryTerm> Terms, IReadOnlyList<DocumentProblem> Problems) Read(byte[] docx, string fileName, TermBase? termBase = null)
    {
        using var package = GlossaryPackage.Open(docx, fileName);
        return Read(package, termBase);
    }

    /// <summary>The plan reader's call: a generated document's glossary, its problems added to the harvest's.</summary>
    public static IReadOnlyList<GlossaryTerm> Read(WordParts parts, System.Xml.Linq.XElement body, string fileName, List<DocumentProblem> problems)
    {
        using var package = GlossaryPackage.Over(parts, body, fileName);
        var (terms, found) = Read(package, null, handMarkers: false);
        problems.AddRange(found);
        return terms;
    }

    internal static (IReadOnlyList<GlossaryTerm> Terms, IReadOnlyList<DocumentProblem> Problems) Read(GlossaryPackage package, TermBase? termBase, bool handMarkers = true)
    {
        var (entries, markers) = GlossaryReader.Read(package, termBase?.Terms.Select(t => t.ToGlossaryTerm()) ?? [], handMarkers);
        var problems = new List<DocumentProblem>();
        var byTerm = new Dictionary<string, SectionEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byTerm.TryAdd(entry.Term.Term, entry))
                problems.Add(new DocumentProblem(entry.Place, $"用語「{entry.Term.Term}」が用語集に二度あります。二つ目は読み込みませんでした。"));
        }

        var marked = new List<GlossaryTerm>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var marker in markers)
        {
            if (marker.Term is null)
            {
                problems.Add(new DocumentProblem(DocumentPlaces.Describe(marker.Place), $"注記「{marker.Text}」がどの用語のものか分かりません。"));
                continue;
            }
            if (!seen.Add(marker.Term)) continue;
            if (!byTerm.TryGetValue(marker.Term, out var entry))
            {
                problems.Add(new DocumentProblem(DocumentPlaces.Describe(marker.Place), $"用語「{marker.Term}」に注記がありますが、用語集に解説がありません。"));
                continue;
            }
            var number = marker.Tagged ? marked.Count + 1 : marker.Number ?? entry.Number ?? marked.Count + 1;
            marked.Add(entry.Term with { Marker = number, FirstUse = marker.Place });
        }
        var numbers = new HashSet<int>();
        foreach (var term in marked.Where(t => !numbers.Add(t.Marker!.Value)))
            problems.Add(new DocumentProblem(DocumentPlaces.Describe(term.FirstUse!), $"注記番号 {term.Marker} が二つの用語に使われています。「officedx glossary refresh」で振り直してください。"));
        var unmarked = entries.Where(e => !seen.Contains(e.Term.Term)).Select(e => e.Term with { Marker = null, FirstUse = null }).DistinctBy(t => t.Term);
        return ([.. marked.OrderBy(t => t.Marker), .. unmarked], problems);
    }
}
