using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>Creates rich-text content controls with a tag, a title Word shows, and ids unique within one document.</summary>
/// <remarks>
/// Every control also gets a point bookmark at the start of its text: LibreOffice drops the tags of content controls when
/// it saves, but keeps bookmarks, and the reader rebuilds the tags from them. A whole document numbers its bookmarks and
/// lists them (<see cref="TagBookmarks"/>); a fragment the task pane inserts cannot, as its numbers would clash with the
/// document's list, so with a <paramref name="fragmentScope"/> each bookmark's name spells its tag (<see cref="FragmentBookmarks"/>).
/// </remarks>
internal sealed class ContentControls(bool bookmarkTags, string? fragmentScope = null)
{
    private int _nextId = 1;
    private readonly List<TagBookmark> _bookmarks = [];

    /// <summary>The numbered bookmark written for each control, in the order the controls were created.</summary>
    public IReadOnlyList<TagBookmark> Bookmarks => _bookmarks;

    public SdtBlock Block(string tag, string title, params OpenXmlElement[] content)
    {
        var block = new SdtBlock(Properties(tag, title, out var id), new SdtContentBlock(content));
        // Inside the first paragraph, not beside the table or paragraph: LibreOffice keeps bookmarks only in text.
        if (block.FirstDescendant<Paragraph>() is { } first && Bookmark(id, tag, block: true) is ({ } start, { } end))
        {
            if (first.ParagraphProperties is { } properties) properties.InsertAfterSelf(start).InsertAfterSelf(end);
            else first.PrependChild(end).InsertBeforeSelf(start);
        }
        return block;
    }

    public SdtRun Inline(string tag, string title, params OpenXmlElement[] runs)
    {
        var properties = Properties(tag, title, out var id);
        if (Bookmark(id, tag, block: false) is not ({ } start, { } end)) return new SdtRun(properties, new SdtContentRun(runs));
        return new SdtRun(properties, new SdtContentRun([start, end, .. runs]));
    }

    /// <summary>The id of the next control, for a control written as markup (<see cref="WordMarkup"/>): taken when the control is finished, as for a typed one.</summary>
    public int NextId() => _nextId++;

    /// <summary>
    /// The w:id and w:name of the bookmark that carries a control's tag, recorded for <see cref="Bookmarks"/>; null when this
    /// document writes none, or the tag is too long to spell in a name.
    /// </summary>
    public (string Id, string Name)? BookmarkOf(int id, string tag, bool block)
    {
        if (bookmarkTags)
        {
            var bookmark = new TagBookmark(id, tag, block);
            _bookmarks.Add(bookmark);
            return (TagBookmarks.BookmarkId(id), bookmark.Name);
        }
        if (fragmentScope is null || FragmentBookmarks.Name(fragmentScope, id, tag, block) is not { } name) return null;
        return (FragmentBookmarks.BookmarkId(fragmentScope, id), name);
    }

    private SdtProperties Properties(string tag, string title, out int id)
    {
        id = NextId();
        return new SdtProperties(new SdtAlias { Val = title }, new Tag { Val = tag }, new SdtId { Val = id });
    }

    private (BookmarkStart Start, BookmarkEnd End)? Bookmark(int id, string tag, bool block) =>
        BookmarkOf(id, tag, block) is var (bookmarkId, name)
            ? (new BookmarkStart { Id = bookmarkId, Name = name }, new BookmarkEnd { Id = bookmarkId })
            : null;
}
