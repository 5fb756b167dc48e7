using System.Text.RegularExpressions;
using System.Xml.Linq;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// Marks known terms in any .docx and refreshes its glossary: markers renumbered by first appearance, footnote ids rising in
/// reference order, the section regenerated in the profile's style. Refreshing a refreshed document changes no byte.
/// </summary>
public static partial class GlossaryEditor
{
    [GeneratedRegex(@"^\s?[*＊※]\s?[0-9０-９]{1,3}")]
    private static partial Regex HandMarkAfterTerm();

    private static readonly XName FootnoteReference = WordXml.W + "footnoteReference";
    private static readonly XName Footnote = WordXml.W + "footnote";
    private static readonly XName Id = WordXml.W + "id";

    /// <summary>
    /// Marks known terms (the term base's and the document's own) and refreshes. With a term, only that term (any spelling);
    /// with an occurrence as well, its N-th occurrence (1-based) instead of what the mode says.
    /// </summary>
    public static byte[] Mark(byte[] docx, string fileName, GlossaryStyle style, TermBase termBase, MarkMode mode = MarkMode.First,
        string? term = null, int? occurrence = null)
    {
        using var package = GlossaryPackage.Open(docx, fileName, editable: true);
        var known = termBase.Terms.Select(t => t.ToGlossaryTerm()).ToList();
        var (entries, markers) = GlossaryReader.Read(package, known);
        var all = entries.Select(e => e.Term).Concat(known).DistinctBy(t => TermKey.Of(t.Term)).ToArray();
        string? only = null;
        if (term is not null)
        {
            var key = TermKey.Of(term);
            only = all.FirstOrDefault(t => TermKey.Of(t.Term) == key || t.Variants.Any(v => TermKey.Of(v) == key))?.Term
                ?? throw new GlossaryDocumentException(fileName, [$"用語「{term}」は用語集ファイルにも文書の用語集にもありません。"]);
        }
        var matcher = TermMatcher.For(all);
        var marked = new HashSet<string>(markers.Where(m => m.Tagged && m.Term is not null).Select(m => m.Term!), StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var actions = new List<(ParagraphText Text, string Term, int End, int AdoptEnd, XElement? Footnote)>();
        var ids = SdtIds.After(Roots(package));
        var handFootnotes = markers.Select(m => m.Reference).OfType<XElement>().ToHashSet();

        foreach (var (paragraph, _) in DocumentPlaces.Paragraphs(package))
        {
            var text = new ParagraphText(paragraph);
            foreach (var (found, _, end) in matcher.Matches(text.Text))
            {
                var n = counts[found] = counts.GetValueOrDefault(found) + 1;
                if (text.Markers.Any(m => m.Position == end)) continue;   // already marked by OfficeDx
                var hand = HandMarkAfterTerm().Match(text.Text[end..]);
                var handEnd = hand.Success ? end + hand.Length : SuperscriptDigitsEnd(text, end);
                var footnote = text.FootnoteReferences.FirstOrDefault(r => handFootnotes.Contains(r.Reference) && r.Position >= end
                    && string.IsNullOrWhiteSpace(text.Text[end..r.Position])).Reference;
                if (handEnd > end || footnote is not null)
                {
                    // Marked by hand: adopted into a tagged control rather than marked a second time.
                    actions.Add((text, found, end, handEnd, footnote));
                    marked.Add(found);
                    continue;
                }
                if (only is not null && found != only) continue;
                var wanted = occurrence is { } k ? n == k : mode == MarkMode.Every || !marked.Contains(found);
                if (!wanted) continue;
                actions.Add((text, found, end, end, null));
                marked.Add(found);
            }
        }
        var unattributed = markers.Where(m => !m.Tagged && m.Term is null).ToArray();
        if (unattributed.Length > 0)
            throw new GlossaryDocumentException(fileName, unattributed.Select(m =>
                $"{DocumentPlaces.Describe(m.Place)}: 注記「{m.Text}」がどの用語のものか分かりません（用語集に番号 {m.Number} の用語が無いか、直前の語が用語集にありません）。文書は書き換えていません。").ToArray());

        foreach (var (text, found, end, adoptEnd, footnote) in actions.GroupBy(a => a.Text).SelectMany(g => g.OrderByDescending(a => a.End)))
        {
            if (footnote?.Parent is { } footnoteRun)
            {
                // A person's Word footnote on the term becomes our marker; its text stays the definition (see Refresh).
                footnote.Remove();
                if (!footnoteRun.Elements().Any(e => e.Name != WordXml.RunProperties)) footnoteRun.Remove();
            }
            if (adoptEnd > end)
            {
                var runs = Enumerable.Range(end, adoptEnd - end).Select(text.RunAt).OfType<XElement>().Distinct().ToArray();
                text.Remove(end, adoptEnd);
                foreach (var run in runs.Where(r => !r.Elements(WordXml.Text).Any(t => t.Value.Length > 0)))
                    run.Elements(FootnoteReference).Remove();   // a hand-made footnote reference is rebuilt as ours
            }
            text.SplitAfter(end).AddAfterSelf(Texts.Sdt(ids.Next(), GlossaryTags.Marker(found), "用語の注記"));
        }
        Refresh(package, style, termBase, null, ids, entries.Select(e => e.Term).ToArray());
        return package.Save();
    }

    /// <summary>Renumbers every marker in document order and regenerates the glossary section (or footnotes).</summary>
    public static byte[] Refresh(byte[] docx, string fileName, GlossaryStyle style, TermBase termBase)
    {
        using var package = GlossaryPackage.Open(docx, fileName, editable: true);
        Refresh(package, style, termBase, null, SdtIds.After(Roots(package)));
        return package.Save();
    }

    /// <summary>The writer's pass: marks each plan term at its first use and writes the section from the plan's definitions.</summary>
    internal static byte[] Apply(byte[] docx, Plan plan, GlossaryStyle style)
    {
        if (plan.Glossary.Count == 0) return docx;
        using var package = GlossaryPackage.Open(docx, plan.Id + ".docx", editable: true);
        var ids = SdtIds.After(Roots(package));
        var places = DocumentPlaces.Paragraphs(package).ToArray();
        foreach (var term in plan.Glossary.Where(t => t.Marker is not null && t.FirstUse is not null).OrderBy(t => t.Marker))
        {
            var matcher = TermMatcher.For([term]);
            var near = places.Select(p => (p.Paragraph, Rank: DocumentPlaces.Closeness(p.Place, term.FirstUse!))).Where(p => p.Rank >= 0).OrderBy(p => p.Rank);
            foreach (var (paragraph, _) in near)
            {
                var text = new ParagraphText(paragraph);
                var match = matcher.Matches(text.Text).Where(m => !text.Markers.Any(k => k.Position == m.End)).Select(m => (int?)m.End).FirstOrDefault();
                if (match is not { } end) continue;
                text.SplitAfter(end).AddAfterSelf(Texts.Sdt(ids.Next(), GlossaryTags.Marker(term.Term), "用語の注記"));
                break;
            }
        }
        Refresh(package, style, new TermBase(), plan.Glossary, ids);
        return package.Save();
    }

    /// <summary>The profile a generated document names (document variable odx:profile), or null for a document OfficeDx did not write.</summary>
    public static string? ProfileOf(byte[] docx, string fileName)
    {
        using var package = GlossaryPackage.Open(docx, fileName);
        return package.Settings?.Root?.Element(WordXml.DocVars)?.Elements(WordXml.DocVar)
            .FirstOrDefault(v => v.Attribute(WordXml.Name)?.Value == PlanVariables.Profile)?.Attribute(WordXml.Val)?.Value;
    }

    private static IEnumerable<XElement> Roots(GlossaryPackage package) =>
        package.Footnotes?.Root is { } footnotes ? [package.Body, footnotes] : [package.Body];

    private static int SuperscriptDigitsEnd(ParagraphText text, int start)
    {
        var end = start;
        while (end < text.Text.Length && char.IsAsciiDigit(text.Text[end]) && text.IsSuperscript(end)) end++;
        return end;
    }

    // adopted: the glossary the document had before marking, whose hand-made footnotes marking may have replaced.
    private static void Refresh(GlossaryPackage package, GlossaryStyle style, TermBase termBase, IReadOnlyList<GlossaryTerm>? plan, SdtIds ids,
        IReadOnlyList<GlossaryTerm>? adopted = null)
    {
        var known = termBase.Terms.Select(t => t.ToGlossaryTerm()).ToList();
        // Text the writer put into a plan is not a hand-typed marker, even when it reads ※3.
        var (entries, markers) = GlossaryReader.Read(package, plan ?? known, handMarkers: plan is null);
        var problems = new List<string>();
        foreach (var marker in markers)
        {
            var place = DocumentPlaces.Describe(marker.Place);
            if (!marker.Tagged)
                problems.Add($"{place}: 手で書かれた注記「{marker.Text}」があります。「officedx glossary mark」で取り込んでから更新してください。");
            else if (marker.Term is null)
                problems.Add($"{place}: 用語の名前が無い注記（タグ {GlossaryTags.MarkerPrefix}）があります。");
            else if (marker.Control!.Ancestors(WordXml.Sdt).Any(s => WordXml.TagOf(s)?.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal) == true))
                problems.Add($"{place}: 用語「{marker.Term}」の注記が別の注記の中にあります（入れ子）。");
        }

        // Definitions: what the document says wins, then the plan being written, then the term base.
        var definitions = new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal);
        foreach (var source in new[] { entries.Select(e => e.Term), plan ?? [], adopted ?? [], known })
        {
            foreach (var t in source) definitions.TryAdd(t.Term, t);
        }
        var termBaseByKey = known.Concat(entries.Select(e => e.Term)).GroupBy(t => TermKey.Of(t.Term)).ToDictionary(g => g.Key, g => g.First());

        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var marker in markers.Where(m => m.Tagged && m.Term is not null))
        {
            if (!numbers.ContainsKey(marker.Term!)) numbers[marker.Term!] = numbers.Count + 1;
            if (!definitions.ContainsKey(marker.Term!) && !termBaseByKey.ContainsKey(TermKey.Of(marker.Term!)))
                problems.Add($"{DocumentPlaces.Describe(marker.Place)}: 用語「{marker.Term}」の解説が、文書の用語集にも用語集ファイルにもありません。");
        }
        if (problems.Count > 0) throw new GlossaryDocumentException(package.FileName, problems.Distinct().ToArray());

        GlossaryTerm Definition(string term) => definitions.TryGetValue(term, out var d) ? d : termBaseByKey[TermKey.Of(term)] with { Term = term };

        var writer = new SectionWriter(style, ids);
        var usesFootnotes = style.Section == GlossarySectionStyle.Footnotes;
        var first = new HashSet<string>(StringComparer.Ordinal);
        foreach (var marker in markers.Where(m => m.Tagged))
        {
            var number = numbers[marker.Term!];
            var isFirst = first.Add(marker.Term!);
            var content = WordXml.ContentOf(marker.Control!);
            content.RemoveNodes();
            var run = new XElement(WordXml.Run, new XElement(WordXml.RunProperties, Texts.Superscript()));
            if (isFirst && usesFootnotes)
            {
                var custom = style.Marker is GlossaryMarkerStyle.Asterisk or GlossaryMarkerStyle.ReferenceMark;
                run.Add(new XElement(FootnoteReference, custom ? new XAttribute(WordXml.W + "customMarkFollows", 1) : null, new XAttribute(Id, number)));
                // Word reads the text after the reference as the mark either way. LibreOffice (7.4) makes single characters
                // that follow it into the note's label, but prints a longer text as well (*1*1), so one w:t per character.
                if (custom) run.Add(style.MarkText(number).EnumerateRunes().Select(c => Texts.Create(c.ToString())));
            }
            else run.Add(Texts.Create(style.MarkText(number)));
            if (isFirst && style.Section == GlossarySectionStyle.PageTable)
            {
                var bookmarkId = 9000 + number;   // well above the ids Word assigns to a person's bookmarks in a plan
                content.Add(new XElement(WordXml.W + "bookmarkStart", new XAttribute(Id, bookmarkId), new XAttribute(WordXml.Name, GlossaryTags.Bookmark(number))),
                    run, new XElement(WordXml.W + "bookmarkEnd", new XAttribute(Id, bookmarkId)));
            }
            else content.Add(run);
        }

        var marked = numbers.OrderBy(p => p.Value).Select(p => Definition(p.Key) with { Marker = p.Value, FirstUse = null }).ToArray();
        var unmarked = entries.Select(e => e.Term.Term).Concat(plan?.Select(t => t.Term) ?? [])
            .Where(t => !numbers.ContainsKey(t)).Distinct().Select(Definition).Select(t => t with { Marker = null }).ToArray();

        RebuildFootnotes(package, writer, usesFootnotes ? marked : []);
        ReplaceSection(package, writer.Write([.. marked, .. unmarked]));
        if (style.Section == GlossarySectionStyle.PageTable) AskToUpdateFields(package);
        package.WriteCache([.. marked, .. unmarked]);
    }

    /// <summary>Footnote ids rise in reference order (LibreOffice shows the wrong text otherwise); a person's own footnotes are kept.</summary>
    private static void RebuildFootnotes(GlossaryPackage package, SectionWriter writer, IReadOnlyList<GlossaryTerm> marked)
    {
        var references = package.Body.Descendants(FootnoteReference).ToArray();
        if (references.Length == 0 && package.Footnotes is null) return;
        var root = package.EnsureFootnotes().Root!;
        var old = root.Elements(Footnote).Where(f => f.Attribute(WordXml.W + "type") is null)
            .GroupBy(f => f.Attribute(Id)?.Value ?? "").ToDictionary(g => g.Key, g => g.First());
        var byNumber = marked.ToDictionary(t => t.Marker!.Value);
        root.Elements(Footnote).Where(f => f.Attribute(WordXml.W + "type") is null).Remove();
        var next = 1;
        foreach (var reference in references)
        {
            var control = reference.Ancestors(WordXml.Sdt).FirstOrDefault(s => WordXml.TagOf(s)?.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal) == true);
            XElement note;
            if (control is not null)
            {
                var number = int.Parse(reference.Attribute(Id)!.Value, System.Globalization.CultureInfo.InvariantCulture);
                note = new XElement(Footnote, new XAttribute(Id, next), writer.FootnoteContent(byNumber[number]));
            }
            else if (old.TryGetValue(reference.Attribute(Id)?.Value ?? "", out var theirs))
            {
                note = new XElement(theirs);
                note.SetAttributeValue(Id, next);
            }
            else continue;
            reference.SetAttributeValue(Id, next);
            root.Add(note);
            next++;
        }
    }

    private static void ReplaceSection(GlossaryPackage package, XElement? section)
    {
        var existing = package.Body.Elements(WordXml.Sdt).FirstOrDefault(s => WordXml.TagOf(s) == GlossaryTags.Section);
        if (existing is not null)
        {
            if (section is null) existing.Remove();
            else existing.ReplaceWith(section);
            return;
        }
        if (section is null) return;
        var last = package.Body.Elements().LastOrDefault();
        if (last?.Name == WordXml.W + "sectPr") last.AddBeforeSelf(section);
        else package.Body.Add(section);
    }

    /// <summary>Asks Word to update the 該当頁 fields when it opens the file; LibreOffice computes them as it lays out.</summary>
    private static void AskToUpdateFields(GlossaryPackage package)
    {
        if (package.Settings?.Root is not { } root || root.Element(WordXml.W + "updateFields") is not null) return;
        var element = new XElement(WordXml.W + "updateFields", new XAttribute(WordXml.Val, "true"));
        // updateFields comes right before hdrShapeDefaults, footnotePr, compat, docVars … in the settings sequence.
        var anchor = root.Elements().FirstOrDefault(e => e.Name.LocalName is "hdrShapeDefaults" or "footnotePr" or "endnotePr" or "compat" or "docVars"
            or "rsids" or "mathPr" or "attachedSchema" or "themeFontLang" or "clrSchemeMapping" or "doNotIncludeSubdocsInStats" or "doNotAutoCompressPictures"
            or "forceUpgrade" or "captions" or "readModeInkLockDown" or "smartTagType" or "schemaLibrary" or "shapeDefaults" or "doNotEmbedSmartTags"
            or "decimalSymbol" or "listSeparator");
        if (anchor is null) root.Add(element); else anchor.AddBeforeSelf(element);
    }
}
