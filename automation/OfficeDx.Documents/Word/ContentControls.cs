using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Word;

/// <summary>Creates rich-text content controls with a tag, a title Word shows, and ids unique within one document.</summary>
/// <remarks>
/// Every control also gets a point bookmark (<see cref="TagBookmarks"/>) at the start of its text: LibreOffice drops the
/// tags of content controls when it saves, but keeps bookmarks, and the reader rebuilds the tags from them. Fragments the
/// task pane inserts into a document get none: their numbers would clash with the ones that document's list names.
/// </remarks>
internal sealed class ContentControls(bool bookmarkTags)
{
    private int _nextId = 1;
    private readonly List<TagBookmark> _bookmarks = [];

    /// <summary>The bookmark written for each control, in the order the controls were created.</summary>
    public IReadOnlyList<TagBookmark> Bookmarks => _bookmarks;

    public SdtBlock Block(string tag, string title, params OpenXmlElement[] content)
    {
        var block = new SdtBlock(Properties(tag, title, out var id), new SdtContentBlock(content));
        // Inside the first paragraph, not beside the table or paragraph: LibreOffice keeps bookmarks only in text.
        if (bookmarkTags && block.Descendants<Paragraph>().FirstOrDefault() is { } first)
        {
            var (start, end) = Bookmark(id, tag, block: true);
            if (first.ParagraphProperties is { } properties) properties.InsertAfterSelf(start).InsertAfterSelf(end);
            else first.PrependChild(end).InsertBeforeSelf(start);
        }
        return block;
    }

    public SdtRun Inline(string tag, string title, params OpenXmlElement[] runs)
    {
        var properties = Properties(tag, title, out var id);
        if (!bookmarkTags) return new SdtRun(properties, new SdtContentRun(runs));
        var (start, end) = Bookmark(id, tag, block: false);
        return new SdtRun(properties, new SdtContentRun([start, end, .. runs]));
    }

    private SdtProperties Properties(string tag, string title, out int id)
    {
        id = _nextId++;
        return new SdtProperties(new SdtAlias { Val = title }, new Tag { Val = tag }, new SdtId { Val = id });
    }

    private (BookmarkStart Start, BookmarkEnd End) Bookmark(int id, string tag, bool block)
    {
        var bookmark = new TagBookmark(id, tag, block);
        _bookmarks.Add(bookmark);
        var bookmarkId = TagBookmarks.BookmarkId(id);
        return (new BookmarkStart { Id = bookmarkId, Name = bookmark.Name }, new BookmarkEnd { Id = bookmarkId });
    }
}
