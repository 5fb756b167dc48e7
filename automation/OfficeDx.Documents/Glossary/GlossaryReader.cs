using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// Reads a document's glossary: tagged entries written by OfficeDx, or a hand-made section in any of the five seed styles
/// (footnotes *N, a No/用語/解説 table, a 用語/解説/該当頁 table, あ行/か行 groups, TERM…definition lines), and its markers.
/// </summary>
internal static partial class GlossaryReader
{
    [GeneratedRegex(@"^\s*(?<term>.+?)\s*[（(](?<reading>[ぁ-んァ-ヶー・\s]+)[）)]\s*(?<rest>.*)$")]
    private static partial Regex TermWithReading();

    [GeneratedRegex(@"^[あかさたなはまやらわ]行$")]
    private static partial Regex GojuonRow();

    [GeneratedRegex(@"(?<mark>[*＊※]\s?[0-9０-９]{1,3})")]
    private static partial Regex HandMark();

    [GeneratedRegex(@"^\s*[*＊※]?\s?(?<n>[0-9０-９]{1,3})\s*")]
    private static partial Regex FootnoteMark();

    /// <summary>Entries and markers; markers typed by hand are looked for only when <paramref name="handMarkers"/> is set (not in generated plans).</summary>
    public static (IReadOnlyList<SectionEntry> Entries, IReadOnlyList<MarkerFound> Markers) Read(GlossaryPackage package, IEnumerable<GlossaryTerm> known, bool handMarkers = true)
    {
        var cached = package.Cache();
        var cache = cached.GroupBy(t => t.Term, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var entries = TaggedEntries(package, cache);
        if (cached.Count > 0)
        {
            // The cache keeps the plan's own order; the section may show another (by reading).
            var order = cached.Select((t, i) => (t.Term, i)).GroupBy(p => p.Term).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            entries = [.. entries.OrderBy(e => order.GetValueOrDefault(e.Term.Term, int.MaxValue))];
        }
        if (entries.Count == 0 && handMarkers) entries = HandMadeEntries(package);
        var knownTerms = entries.Select(e => e.Term).Concat(known).DistinctBy(t => t.Term).ToArray();
        var markers = Markers(package, entries, knownTerms, handMarkers);
        return (entries, markers);
    }

    private static List<SectionEntry> TaggedEntries(GlossaryPackage package, Dictionary<string, GlossaryTerm> cache)
    {
        var entries = new List<SectionEntry>();
        FootnoteEntries(package, cache, entries);
        foreach (var root in new[] { package.Body })
        {
            foreach (var control in root.Descendants(WordXml.Sdt))
            {
                var tag = WordXml.TagOf(control);
                if (tag is null || !tag.StartsWith(GlossaryTags.EntryPrefix, StringComparison.Ordinal)) continue;
                var tagTerm = tag[GlossaryTags.EntryPrefix.Length..];
                string? Part(string partTag) => control.Descendants(WordXml.Sdt).FirstOrDefault(s => WordXml.TagOf(s) == partTag) is { } part ? WordText.Of(part).Trim() : null;
                var term = Part(GlossaryTags.Term) is { Length: > 0 } shown ? shown : tagTerm;
                cache.TryGetValue(tagTerm, out var cached);
                var reading = Part(GlossaryTags.Reading);
                entries.Add(new SectionEntry(new GlossaryTerm
                {
                    Term = term,
                    Reading = string.IsNullOrEmpty(reading) ? cached?.Reading : reading,
                    Expansion = cached?.Expansion,
                    Definition = Part(GlossaryTags.Definition) ?? WordText.Of(control).Trim(),
                    Variants = cached?.Variants ?? [],
                }, null, "用語集"));
            }
        }
        // Terms the section does not show (unmarked ones in the footnote style) come back from the cache.
        foreach (var cached in cache.Values.Where(c => entries.All(e => e.Term.Term != c.Term)))
            entries.Add(new SectionEntry(cached, null, "文書の設定"));
        return entries;
    }

    /// <summary>Footnotes OfficeDx wrote: found through the tagged marker holding the footnote reference, which names the term.</summary>
    private static void FootnoteEntries(GlossaryPackage package, Dictionary<string, GlossaryTerm> cache, List<SectionEntry> entries)
    {
        if (package.Footnotes?.Root is not { } root) return;
        var notes = root.Elements(WordXml.W + "footnote").GroupBy(f => f.Attribute(WordXml.W + "id")?.Value ?? "").ToDictionary(g => g.Key, g => g.First());
        foreach (var reference in package.Body.Descendants(WordXml.W + "footnoteReference"))
        {
            var tag = reference.Ancestors(WordXml.Sdt).Select(WordXml.TagOf).FirstOrDefault(t => t?.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal) == true);
            if (tag is null || !notes.TryGetValue(reference.Attribute(WordXml.W + "id")?.Value ?? "", out var note)) continue;
            var term = tag[GlossaryTags.MarkerPrefix.Length..];
            if (term.Length == 0) continue;   // a marker that lost its tag: its footnote is read with the cached terms
            var text = string.Join("\n", note.Elements(WordXml.Paragraph).Select(WordText.Of));
            // OfficeDx writes a space before the definition; a mark typed into the footnote (*3) comes before that space,
            // so a definition that itself begins like a mark (＊２…) is kept as written.
            var mark = FootnoteMark().Match(text);
            if (mark.Success && text.Length > 0 && "*＊※".Contains(text[0])) text = text[mark.Length..];
            cache.TryGetValue(term, out var cached);
            entries.Add(new SectionEntry(new GlossaryTerm
            {
                Term = term,
                Reading = cached?.Reading,
                Expansion = cached?.Expansion,
                Definition = text.Trim(),
                Variants = cached?.Variants ?? [],
            }, null, "脚注"));
        }
    }

    private static List<SectionEntry> HandMadeEntries(GlossaryPackage package)
    {
        var entries = new List<SectionEntry>();
        var body = package.Body;
        foreach (var (table, tableNumber) in body.Descendants(WordXml.Table).Select((t, i) => (t, i + 1)))
        {
            var rows = table.Elements(WordXml.W + "tr").Concat(table.Elements(WordXml.Sdt).SelectMany(s => WordXml.ContentOf(s).Elements(WordXml.W + "tr"))).ToArray();
            if (rows.Length == 0) continue;
            var header = Cells(rows[0]).Select(c => c.RemoveWhitespaceAll()).ToArray();
            // Any order of No / 用語 / 解説 (用語の略・解説, 説明) / 該当頁: the columns are found by their headings.
            var termColumn = Array.FindIndex(header, h => h is "用語" or "用語名" or "用語（よみ）" or "用語(よみ)");
            var definitionColumn = Array.FindIndex(header, h => h != "用語" && (h.Contains("解説", StringComparison.Ordinal) || h.Contains("説明", StringComparison.Ordinal) || h.Contains("意味", StringComparison.Ordinal) || h.Contains("定義", StringComparison.Ordinal)));
            var numberColumn = Array.FindIndex(header, h => h is "No" or "No." or "NO" or "番号" or "Ｎｏ" or "№");
            if (termColumn < 0 || definitionColumn < 0) continue;
            package.HandSection.Add(table);
            package.HandStructure.Add(string.Join(" | ", Cells(rows[0])));
            foreach (var (row, index) in rows.Skip(1).Select((r, i) => (r, i + 2)))
            {
                var cells = Cells(row);
                var place = $"表{tableNumber} の {index} 行目";
                string Cell(int column) => column >= 0 && column < cells.Length ? cells[column] : "";
                if (Cell(termColumn).Length == 0) continue;
                var (term, reading) = SplitReading(Cell(termColumn));
                entries.Add(new SectionEntry(new GlossaryTerm { Term = term, Reading = reading, Definition = Cell(definitionColumn) }, numberColumn >= 0 ? Number(Cell(numberColumn)) : null, place));
            }
        }
        if (entries.Count > 0) return entries;

        var paragraphs = body.Elements().SelectMany(e => e.Name == WordXml.Paragraph ? [e] : e.Descendants(WordXml.Paragraph)).ToArray();
        var lines = paragraphs.Select(p => WordText.Of(p).Trim()).ToArray();
        var headingAt = Array.FindLastIndex(lines, l => l is "用語集" or "用語解説");
        if (headingAt < 0) headingAt = Array.FindIndex(lines, l => GojuonRow().IsMatch(l)) - 1;
        if (headingAt < -1) return Footnotes(package);
        var inGroups = false;
        GlossaryTerm? current = null;
        var currentPlace = "";
        void Flush()
        {
            if (current is not null) entries.Add(new SectionEntry(current with { Definition = current.Definition.Trim('\n') }, null, currentPlace));
            current = null;
        }
        for (var i = headingAt + 1; i < lines.Length; i++)
        {
            var line = lines[i];
            void Consumed() => package.HandSection.Add(paragraphs[i]);
            var place = $"本文の {i + 1} 段落目";
            if (line.Length == 0) continue;
            if (GojuonRow().IsMatch(line)) { inGroups = true; Consumed(); package.HandStructure.Add(line); continue; }
            var ellipsis = line.IndexOf('…');
            if (!inGroups && ellipsis > 0 && ellipsis <= 60 && !line[..ellipsis].Contains('。'))
            {
                Flush();
                Consumed();
                var (term, reading) = SplitReading(line[..ellipsis]);
                entries.Add(new SectionEntry(new GlossaryTerm { Term = term, Reading = reading, Definition = line[(ellipsis + 1)..].Trim() }, null, place));
                continue;
            }
            if (inGroups && !line.Contains('。') && line.Length <= 60 && !line.StartsWith('・') && !line.StartsWith('-'))
            {
                Flush();
                Consumed();
                var (term, reading) = SplitReading(line);
                current = new GlossaryTerm { Term = term, Reading = reading };
                currentPlace = place;
                continue;
            }
            if (current is not null)
            {
                Consumed();
                current = current with { Definition = current.Definition + "\n" + line };
            }
            else if (!inGroups && entries.Count > 0) break;   // the glossary lines have ended
        }
        Flush();
        if (entries.Count == 0) { package.HandSection.Clear(); package.HandStructure.Clear(); }
        else if (headingAt >= 0) { package.HandSection.Add(paragraphs[headingAt]); package.HandStructure.Insert(0, lines[headingAt]); }
        return entries.Count > 0 ? entries : Footnotes(package);
    }

    /// <summary>Hand-made footnotes: the mark (*3, ※3) and definition from the footnote, the term from the text before its reference.</summary>
    private static List<SectionEntry> Footnotes(GlossaryPackage package)
    {
        var entries = new List<SectionEntry>();
        if (package.Footnotes?.Root is not { } root) return entries;
        var notes = root.Elements(WordXml.W + "footnote")
            .Where(f => f.Attribute(WordXml.W + "type") is null)
            .ToDictionary(f => f.Attribute(WordXml.W + "id")?.Value ?? "", f => f);
        var order = 0;
        var automatic = FootnoteNumbers.Of(package.Body);
        foreach (var (paragraph, place) in DocumentPlaces.Paragraphs(package))
        {
            foreach (var reference in paragraph.Descendants(FootnoteNumbers.Reference))
            {
                order++;
                if (!notes.TryGetValue(reference.Attribute(WordXml.W + "id")?.Value ?? "", out var note)) continue;
                var text = WordText.Of(note).Trim();
                int number;
                string definition;
                if (automatic.TryGetValue(reference, out var shown))
                {
                    // Word numbers it; a definition may well start with digits (5G, 2025年), which are not a mark.
                    (number, definition) = (shown, text);
                }
                else
                {
                    var match = FootnoteMark().Match(text);
                    number = match.Success ? Number(match.Groups["n"].Value) ?? order : order;
                    definition = match.Success ? text[match.Length..].Trim() : text;
                }
                var term = WordBefore(paragraph, reference);
                if (term.Length > 0) entries.Add(new SectionEntry(new GlossaryTerm { Term = term, Definition = definition }, number, place));
            }
        }
        return entries;
    }

    /// <summary>The word a footnote reference follows: the run of Latin letters, katakana or kanji right before it.</summary>
    private static string WordBefore(XElement paragraph, XElement reference)
    {
        var before = string.Concat(paragraph.Descendants(WordXml.Text).TakeWhile(t => t.IsBefore(reference)).Select(t => t.Value))
            .TrimEnd();
        var end = before.Length;
        if (end == 0) return "";
        var kind = Script(before[end - 1]);
        var start = end;
        while (start > 0 && (Script(before[start - 1]) == kind || before[start - 1] == ' ' && kind == 1 && start > 1 && Script(before[start - 2]) == 1)) start--;
        return before[start..end].Trim();
    }

    private static int Script(char c) => c switch
    {
        _ when TermKey.IsWordCharacter(c) => 1,
        >= '\u30A0' and <= '\u30FF' => 2,
        >= '\u4E00' and <= '\u9FFF' => 3,
        _ => 0,
    };

    private static (string Term, string? Reading) SplitReading(string text)
    {
        var match = TermWithReading().Match(text);
        if (!match.Success) return (text.Trim(), null);
        var rest = match.Groups["rest"].Value.Trim();
        return ((match.Groups["term"].Value.Trim() + (rest.Length > 0 ? " " + rest : "")).Trim(), match.Groups["reading"].Value.Trim());
    }

    private static string[] Cells(XElement row) => row.Elements(WordXml.TableCell)
        .Concat(row.Elements(WordXml.Sdt).SelectMany(s => WordXml.ContentOf(s).Elements(WordXml.TableCell)))
        .Select(c => string.Join("\n", c.Descendants(WordXml.Paragraph).Select(p => WordText.Of(p).Trim())).Trim())
        .ToArray();

    /// <summary>The number a tagged marker shows (*3, ＊３, ※3).</summary>
    private static int? MarkerNumber(string shown) => Number(shown.TrimStart('*', '＊', '※'));

    private static int? Number(string text)
    {
        var folded = Core.Text.JapaneseText.FoldDigitsAndLatin(text).Trim();
        return int.TryParse(folded, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string RemoveWhitespaceAll(this string text) => Core.Text.JapaneseText.RemoveWhitespace(text);

    /// <summary>Tagged markers, then hand-made ones (*3, ※3, superscript digits, Word footnotes) that follow text rather than start a line.</summary>
    private static List<MarkerFound> Markers(GlossaryPackage package, IReadOnlyList<SectionEntry> entries, IReadOnlyList<GlossaryTerm> known, bool handMarkers)
    {
        if (!handMarkers && !package.Body.Descendants(WordXml.Tag).Any(t => t.Attribute(WordXml.Val)?.Value.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal) == true)
            && !CapturedMeasure.Under(package.Body).Any(m => m.Markers.Count > 0))
            return [];
        var markers = new List<MarkerFound>();
        var byNumber = entries.Where(e => e.Number is not null).GroupBy(e => e.Number!.Value).ToDictionary(g => g.Key, g => g.First().Term.Term);
        var matcher = TermMatcher.For(known);
        var automatic = FootnoteNumbers.Of(package.Body);
        // The markers of a table read as the body streamed past come with it, as tagged markers are read below.
        void Captured(CapturedMeasure table) => markers.AddRange(table.Markers.Select(m => new MarkerFound(m.Term, MarkerNumber(m.Shown), m.Place, m.Shown, true)));
        foreach (var (paragraph, place) in DocumentPlaces.Paragraphs(package, Captured))
        {
            var text = new ParagraphText(paragraph);
            var found = new List<MarkerFound>();
            foreach (var (control, position) in text.Markers)
            {
                var term = WordXml.TagOf(control)![GlossaryTags.MarkerPrefix.Length..];
                var shown = WordText.Of(control).Trim();
                var number = MarkerNumber(shown);
                if (term.Length == 0)
                {
                    // A marker that lost its tag in a re-save (UntaggedMarkers): its term is the known term right before it, its number the one shown.
                    var before = matcher.Matches(text.Text[..position]).Where(m => m.End == position).Select(m => m.Term).LastOrDefault();
                    found.Add(new MarkerFound(before, number, place, shown, false) { Control = control, Paragraph = paragraph, Start = position, End = position });
                    continue;
                }
                found.Add(new MarkerFound(term, number, place, shown, true)
                { Control = control, Paragraph = paragraph, Start = position, End = position });
            }
            if (!handMarkers)
            {
                markers.AddRange(found);
                continue;
            }
            foreach (Match match in HandMark().Matches(text.Text))
            {
                if (match.Index == 0 || char.IsWhiteSpace(text.Text[match.Index - 1]) && text.Text[..match.Index].Trim().Length == 0) continue;
                found.Add(HandMarker(match.Index, match.Index + match.Length, match.Value));
            }
            // Superscript digits typed by hand (¹¹ as formatting): a run of digits formatted superscript right after text.
            for (var i = 1; i < text.Text.Length; i++)
            {
                if (!char.IsAsciiDigit(text.Text[i]) || !text.IsSuperscript(i) || text.IsSuperscript(i - 1) || "*＊※".Contains(text.Text[i - 1])) continue;
                var end = i;
                while (end < text.Text.Length && char.IsAsciiDigit(text.Text[end]) && text.IsSuperscript(end)) end++;
                found.Add(HandMarker(i, end, text.Text[i..end]));
                i = end;
            }
            // Real Word footnotes after a known term (numbered by Word): a marker when a term ends right before the reference;
            // any other footnote is the drafter's own note, not a glossary marker.
            foreach (var (reference, position) in text.FootnoteReferences)
            {
                if (!automatic.TryGetValue(reference, out var number)) continue;   // a custom mark: the text typed after it is the marker
                var end = position;
                while (end > 0 && char.IsWhiteSpace(text.Text[end - 1])) end--;
                var term = matcher.Matches(text.Text[..end]).Where(m => m.End == end).Select(m => m.Term).LastOrDefault();
                if (term is null) continue;
                // Named as a drafter sees it in Word's footnote pane, since no text of it is in the sentence.
                found.Add(new MarkerFound(term, number, place, "脚注 " + number.ToString(CultureInfo.InvariantCulture), false)
                { Paragraph = paragraph, Start = position, End = position, Reference = reference });
            }
            markers.AddRange(found.OrderBy(m => m.Start));

            MarkerFound HandMarker(int start, int end, string mark)
            {
                var number = Number(mark.TrimStart('*', '＊', '※').Trim());
                string? term = number is { } n && byNumber.TryGetValue(n, out var numbered) ? numbered : null;
                term ??= matcher.Matches(text.Text[..start]).Where(m => m.End == start).Select(m => m.Term).LastOrDefault();
                return new MarkerFound(term, number, place, mark, false) { Paragraph = paragraph, Start = start, End = end };
            }
        }
        return markers;
    }
}
