using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Reading;

/// <summary>
/// Puts the content-control tags back into a document LibreOffice has re-saved. LibreOffice 7.4 keeps inline controls
/// without their tags, turns a block control into copies of its first paragraph's text, and keeps bookmarks: each tag is
/// rebuilt from the bookmark the writer put at the start of its control (<see cref="TagBookmarks"/>), and the copies go.
/// </summary>
internal static class TagRestorer
{
    private static readonly XName BookmarkStart = WordXml.W + "bookmarkStart";
    private static readonly XName BookmarkEnd = WordXml.W + "bookmarkEnd";
    private static readonly XName Alias = WordXml.W + "alias";
    private static readonly XName SectionProperties = WordXml.W + "sectPr";

    /// <summary>
    /// Restores the tags in place, from the listed numbered bookmarks and from fragment bookmarks that spell their tag
    /// (<see cref="FragmentBookmarks"/>); false when the body holds neither.
    /// </summary>
    public static bool Restore(XElement body, IReadOnlyDictionary<int, TagBookmark> list)
    {
        if (!body.Descendants(BookmarkStart).Any(s => Resolve(s, list) is not null)) return false;
        // First, so that the bookmarks found below are the elements that stay in the document.
        RemoveBlockCopies(body);
        SeparateAdjacentInline(body);
        var found = new List<(TagBookmark Bookmark, XElement Start)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in body.Descendants(BookmarkStart))
        {
            // LibreOffice sometimes writes a bookmark twice; the first one is where the writer put it.
            if (Resolve(start, list) is { } bookmark && seen.Add(start.Attribute(WordXml.Name)!.Value)) found.Add((bookmark, start));
        }
        foreach (var (bookmark, start) in found.Where(f => !f.Bookmark.Block)) TagInline(start, bookmark.Tag);
        foreach (var (bookmark, start) in found.Where(f => f.Bookmark.Block && !IsStructural(f.Bookmark.Tag))) WrapInCell(body, start, bookmark.Tag);
        foreach (var (bookmark, start) in found.Where(f => f.Bookmark.Tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal)))
        {
            if (start.Ancestors(WordXml.Table).LastOrDefault() is { } table) Wrap([table], bookmark.Tag);
        }

        var headings = new Dictionary<XElement, TagBookmark>();
        foreach (var (bookmark, start) in found.Where(f => IsBlockOfParts(f.Bookmark.Tag)))
        {
            if (start.AncestorsAndSelf().FirstOrDefault(a => a.Parent == body) is { } top) headings.TryAdd(top, bookmark);
        }
        Group(body, 0, headings);
        return true;
    }

    private static bool IsStructural(string tag) => tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal) || IsBlockOfParts(tag);

    /// <summary>The plan and area controls hold a run of body paragraphs and tables, not one element.</summary>
    private static bool IsBlockOfParts(string tag) =>
        tag.StartsWith(Tags.PlanPrefix, StringComparison.Ordinal) || tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal);

    /// <summary>
    /// The control a bookmark stands for. A fragment bookmark gets number 0: it never starts a plan or an area, and as the
    /// lowest number it stays inside whichever area it was inserted into when <see cref="Group"/> finds the areas' ends.
    /// </summary>
    private static TagBookmark? Resolve(XElement start, IReadOnlyDictionary<int, TagBookmark> list)
    {
        if (start.Attribute(WordXml.Name)?.Value is not { } name) return null;
        if (TagBookmarks.TryNumber(name, out var number)) return list.GetValueOrDefault(number);
        return FragmentBookmarks.TryParse(name, out var tag, out var block) && !IsBlockOfParts(tag) ? new TagBookmark(0, tag, block) : null;
    }

    private static int? Number(XElement start) =>
        start.Attribute(WordXml.Name)?.Value is { } name && TagBookmarks.TryNumber(name, out var number) ? number : null;

    /// <summary>
    /// What is left of a block control: a control with only a title around the first paragraph's text, followed by copies
    /// of it with the same title. The first has the text once; it is unwrapped and the copies go.
    /// </summary>
    private static void RemoveBlockCopies(XElement body)
    {
        foreach (var sdt in body.Descendants(WordXml.Sdt).Where(IsBlockRemnant).ToList())
        {
            if (sdt.Parent is null) continue;
            var alias = AliasOf(sdt);
            var copies = sdt.ElementsAfterSelf().TakeWhile(e => IsBlockRemnant(e) && AliasOf(e) == alias).ToList();
            if (copies.Count == 0) continue;
            copies.ForEach(c => c.Remove());
            var inner = WordXml.ContentOf(sdt).Elements().ToList();
            inner.ForEach(e => e.Remove());
            sdt.ReplaceWith(inner);
        }
    }

    /// <summary>
    /// Two inline controls with nothing between them (① and the name when the profile has no separator) come back as an
    /// empty control inside the first, followed there by the second one's text: the text goes back into it, and it after the first.
    /// </summary>
    private static void SeparateAdjacentInline(XElement body)
    {
        foreach (var inner in body.Descendants(WordXml.Sdt).Where(s => WordXml.TagOf(s) is null && s.Parent?.Name == WordXml.SdtContent && WordXml.IsInline(s)).ToList())
        {
            var content = WordXml.ContentOf(inner);
            if (content.Descendants(WordXml.Text).Any()) continue;
            var outer = inner.Parent!.Parent!;
            var following = inner.ElementsAfterSelf().ToList();
            following.ForEach(e => e.Remove());
            content.Add(following);
            inner.Remove();
            outer.AddAfterSelf(inner);
        }
    }

    private static bool IsBlockRemnant(XElement element) =>
        element.Name == WordXml.Sdt && WordXml.TagOf(element) is null && AliasOf(element) is not null;

    private static string? AliasOf(XElement sdt) => sdt.Element(WordXml.SdtProperties)?.Element(Alias)?.Attribute(WordXml.Val)?.Value;

    /// <summary>An inline control survives without its tag; the bookmark sits inside it, or just before it.</summary>
    private static void TagInline(XElement start, string tag)
    {
        var paragraph = start.Ancestors(WordXml.Paragraph).FirstOrDefault();
        var control = start.Ancestors(WordXml.Sdt).FirstOrDefault(s => paragraph is null || s.Ancestors().Contains(paragraph))
            ?? start.ElementsAfterSelf().FirstOrDefault(e => e.Name != BookmarkEnd);
        if (control is not null && control.Name != WordXml.Sdt && start.Parent?.Name == WordXml.Paragraph)
        {
            WrapDissolvedInline(start, tag);
            return;
        }
        if (control is null || control.Name != WordXml.Sdt || WordXml.TagOf(control) is not null) return;
        var properties = control.Element(WordXml.SdtProperties);
        if (properties is null) control.AddFirst(properties = new XElement(WordXml.SdtProperties));
        properties.Add(new XElement(WordXml.Tag, new XAttribute(WordXml.Val, tag)));
    }

    /// <summary>
    /// An inline control that held another one (a glossary marker in a measure name) comes back dissolved: LibreOffice
    /// cannot nest them. Its text runs from the bookmark to the next control's bookmark or the end of the paragraph.
    /// </summary>
    private static void WrapDissolvedInline(XElement start, string tag)
    {
        var content = start.ElementsAfterSelf()
            .TakeWhile(e => !e.DescendantsAndSelf(BookmarkStart).Any(IsTagBookmark))
            .Where(e => e.Name != BookmarkEnd && e.Name != WordXml.ParagraphProperties).ToList();
        if (content.Count == 0) return;
        Wrap(content, tag);
    }

    private static bool IsTagBookmark(XElement start) =>
        start.Attribute(WordXml.Name)?.Value is { } name
        && (name.StartsWith(TagBookmarks.NamePrefix, StringComparison.Ordinal) || name.StartsWith(FragmentBookmarks.NamePrefix, StringComparison.Ordinal));

    /// <summary>A block field of a measure table: the paragraph or nested table of its cell that holds the bookmark.</summary>
    private static void WrapInCell(XElement body, XElement start, string tag)
    {
        var container = start.Ancestors(WordXml.TableCell).LastOrDefault() ?? body;
        if (start.AncestorsAndSelf().FirstOrDefault(a => a.Parent == container) is { } child) Wrap([child], tag);
    }

    /// <summary>
    /// The plan and each area run from the paragraph holding their bookmark to the first element holding a higher bookmark
    /// number: the writer numbers a block control after everything inside it, so a sub-area, whose number is lower, stays inside.
    /// </summary>
    private static void Group(XElement container, int from, Dictionary<XElement, TagBookmark> headings)
    {
        var children = container.Elements().Where(e => e.Name != SectionProperties).ToList();
        for (var i = from; i < children.Count; i++)
        {
            if (!headings.TryGetValue(children[i], out var bookmark)) continue;
            var end = i + 1;
            while (end < children.Count && HighestNumber(children[end]) < bookmark.Number) end++;
            var content = Wrap(children.GetRange(i, end - i), bookmark.Tag);
            Group(content, 1, headings);
            i = end - 1;
        }
    }

    private static int HighestNumber(XElement element) =>
        element.DescendantsAndSelf(BookmarkStart).Select(Number).Max() ?? 0;

    /// <summary>Moves consecutive siblings into a new tagged control; returns its content element.</summary>
    private static XElement Wrap(IReadOnlyList<XElement> elements, string tag)
    {
        var content = new XElement(WordXml.SdtContent);
        var sdt = new XElement(WordXml.Sdt, new XElement(WordXml.SdtProperties, new XElement(WordXml.Tag, new XAttribute(WordXml.Val, tag))), content);
        elements[0].AddBeforeSelf(sdt);
        foreach (var element in elements)
        {
            element.Remove();
            content.Add(element);
        }
        return content;
    }
}
