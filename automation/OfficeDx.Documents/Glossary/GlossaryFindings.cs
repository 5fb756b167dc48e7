using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>Turns a <see cref="GlossaryReport"/> into findings a drafter can jump to: each with a snippet of its paragraph, its measure and heading.</summary>
public static class GlossaryFindings
{
    /// <summary>Characters of context on each side of a finding: enough to be unique in a plan, short enough for Word's search.</summary>
    private const int Context = 12;

    private const string SectionPlace = "用語集";

    public static IReadOnlyList<GlossaryFinding> Locate(byte[] docx, string fileName, TermBase termBase, GlossaryReport report)
    {
        using var package = GlossaryPackage.Open(docx, fileName);
        var known = termBase.Terms.Select(t => t.ToGlossaryTerm()).ToList();
        // Reading first also finds a hand-made section, which the paragraph walk then skips as the checker did.
        var (entries, _) = GlossaryReader.Read(package, known);
        var matcher = TermMatcher.For(entries.Select(e => e.Term).Concat(known).DistinctBy(t => TermKey.Of(t.Term)));
        var headings = Headings(package);
        var paragraphs = DocumentPlaces.Paragraphs(package)
            .Select(p => new Located(new ParagraphText(p.Paragraph), DocumentPlaces.Describe(p.Place), MeasureOf(p.Place), headings.GetValueOrDefault(p.Paragraph)))
            .ToArray();

        GlossaryFinding AtTerm(string kind, string term, string place, Func<string, bool> spelling, string message)
        {
            foreach (var p in paragraphs.Where(p => p.Place == place))
            {
                foreach (var (found, start, end) in matcher.Matches(p.Text.Text))
                {
                    if (found == term && spelling(p.Text.Text[start..end])) return p.Finding(kind, term, message, Snippet(p.Text, start, end));
                }
            }
            return new GlossaryFinding { Kind = kind, Term = term, Message = message, Place = place };
        }

        GlossaryFinding AtMarker(string kind, MarkerProblem marker, string message)
        {
            var term = marker.Term ?? "";
            foreach (var p in paragraphs.Where(p => p.Place == marker.Place))
            {
                var typed = p.Text.Text.IndexOf(marker.Marker, StringComparison.Ordinal);
                if (typed >= 0) return p.Finding(kind, term, message, Snippet(p.Text, typed, typed + marker.Marker.Length));
                var tagged = p.Text.Markers.FirstOrDefault(m => WordXml.TagOf(m.Marker) == GlossaryTags.Marker(term));
                if (tagged.Marker is not null) return p.Finding(kind, term, message, Snippet(p.Text, tagged.Position, tagged.Position));
            }
            return new GlossaryFinding { Kind = kind, Term = term, Message = message, Place = marker.Place };
        }

        var findings = new List<GlossaryFinding>();
        foreach (var use in report.UnmarkedTerms)
            findings.Add(AtTerm(GlossaryFindingKinds.Unmarked, use.Term, use.Place, _ => true, $"「{use.Term}」に注記がありません。"));
        foreach (var marker in report.MarkersWithoutDefinition)
            findings.Add(AtMarker(GlossaryFindingKinds.MarkerWithoutDefinition, marker, marker.Term is null
                ? $"注記「{marker.Marker}」がどの用語のものか分かりません。"
                : $"注記「{marker.Marker}」の用語「{marker.Term}」の解説が、文書の用語集にありません。"));
        foreach (var term in report.UnusedEntries)
            findings.Add(new GlossaryFinding
            {
                Kind = GlossaryFindingKinds.UnusedEntry,
                Term = term,
                Place = SectionPlace,
                Snippet = term,
                Message = $"用語集の「{term}」は本文で使われていません。",
            });
        foreach (var group in report.Variants)
        {
            // The term base's spelling is the one to keep; when the text never uses it, the first spelling in the text is.
            var keep = group.Spellings.Any(s => s.Spelling == group.Term) ? group.Term : group.Spellings[0].Spelling;
            foreach (var spelling in group.Spellings.Where(s => s.Spelling != keep))
            {
                foreach (var place in spelling.Places)
                    findings.Add(AtTerm(GlossaryFindingKinds.Variant, group.Term, place, s => s == spelling.Spelling,
                        $"「{spelling.Spelling}」は「{keep}」の表記ゆれです。表記をそろえてください。"));
            }
        }
        foreach (var difference in report.DefinitionsDiffering)
            findings.Add(new GlossaryFinding
            {
                Kind = GlossaryFindingKinds.DefinitionDiffers,
                Term = difference.Term,
                Place = SectionPlace,
                Snippet = FirstWords(difference.Document),
                Message = $"「{difference.Term}」の解説が用語集ファイルと違います（用語集ファイル：{FirstWords(difference.TermBase)}…）。",
            });
        foreach (var marker in report.ForeignMarkers)
            findings.Add(AtMarker(GlossaryFindingKinds.ForeignMarker, marker,
                $"注記「{marker.Marker}」は手で書かれています。「選択範囲をマーク」か「officedx glossary mark」で取り込んでください。"));
        return findings;
    }

    /// <summary>The finding's characters with some context, cut at markers: their number is in Word's text but not in ours.</summary>
    private static string Snippet(ParagraphText text, int start, int end)
    {
        var left = text.Markers.Select(m => m.Position).Where(p => p <= start).DefaultIfEmpty(0).Max();
        var right = text.Markers.Select(m => m.Position).Where(p => p >= end).DefaultIfEmpty(text.Text.Length).Min();
        var from = Math.Max(left, start - Context);
        var to = Math.Min(right, end + Context);
        if (from > 0 && char.IsLowSurrogate(text.Text[from])) from++;
        if (to < text.Text.Length && char.IsLowSurrogate(text.Text[to])) to++;
        return text.Text[from..to];
    }

    private static string FirstWords(string definition)
    {
        var line = definition.Split('\n')[0];
        return line.Length <= 2 * Context ? line : line[..(2 * Context)];
    }

    private static string? MeasureOf(string place)
    {
        if (!place.StartsWith("measure:", StringComparison.Ordinal)) return null;
        var id = place["measure:".Length..];
        var slash = id.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? id : id[..slash];
    }

    /// <summary>Each paragraph's nearest heading before it (a heading style of any language, or an outline level), in document order.</summary>
    private static Dictionary<XElement, string> Headings(GlossaryPackage package)
    {
        var headings = new Dictionary<XElement, string>();
        string? current = null;
        foreach (var paragraph in package.Body.Descendants(WordXml.Paragraph))
        {
            if (package.Headings.IsHeading(paragraph) && WordText.Of(paragraph).Trim() is { Length: > 0 } text) current = text;
            if (current is not null) headings[paragraph] = current;
        }
        return headings;
    }

    private sealed record Located(ParagraphText Text, string Place, string? MeasureId, string? Heading)
    {
        public GlossaryFinding Finding(string kind, string term, string message, string snippet) => new()
        {
            Kind = kind,
            Term = term,
            Message = message,
            Place = Place,
            Snippet = snippet.Length > 0 ? snippet : null,
            MeasureId = MeasureId,
            Heading = Heading,
        };
    }
}
