using System.Globalization;
using System.Text;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// WordprocessingML written as text, spelled byte for byte as the Open XML SDK saves the typed elements it stands for
/// (w: prefix declared by the part's root, empty elements as &lt;w:x /&gt;, attributes in schema order). Building the typed
/// elements of a measure table and having the SDK walk them again to save was most of writing a plan.
/// </summary>
/// <remarks>
/// A content control takes its id when it is finished, as a typed one does (<see cref="ContentControls"/> numbers controls
/// in the order they are created, inner ones first), and a block's bookmark sits in its first paragraph: both are known
/// only after the place they go has been written, so <see cref="Finish"/> hands them to the element as text to insert where
/// they go when it is saved.
/// </remarks>
internal sealed class WordMarkup(ContentControls controls)
{
    private const string BlockContentStartTag = "<w:sdtContent>";

    // Grown chunk by chunk, never as one array: a builder's chunks stay below the large-object heap.
    private StringBuilder _xml = new();
    private readonly List<Block> _blocks = [];
    private readonly List<int> _open = [];
    private readonly List<(int Position, int Block, bool Bookmark)> _holes = [];

    /// <summary>The open blocks from this index of <see cref="_open"/> on have not reached their first paragraph yet.</summary>
    private int _unmarked;

    /// <summary>The builder itself, for finished markup others append (the drawings of <see cref="DrawingTemplates"/>); only ever appended to.</summary>
    public StringBuilder Builder => _xml;

    /// <summary>Markup the caller spells itself (element tags, fixed attribute values).</summary>
    public WordMarkup Append(string markup)
    {
        _xml.Append(markup);
        return this;
    }

    public WordMarkup Append(int value)
    {
        _xml.Append(CultureInfo.InvariantCulture, $"{value}");
        return this;
    }

    /// <summary>An attribute value, escaped; the caller writes the quotes.</summary>
    public WordMarkup Attribute(string value)
    {
        _xml.AppendAttribute(value);
        return this;
    }

    /// <summary>A paragraph's start and its style; then the bookmarks of the blocks it is the first paragraph of.</summary>
    /// <remarks>Every paragraph of a measure table has a style, so none is ever empty (&lt;w:p /&gt;).</remarks>
    public WordMarkup ParagraphStart(string styleId)
    {
        _xml.Append("<w:p><w:pPr><w:pStyle w:val=\"").AppendAttribute(styleId).Append("\" /></w:pPr>");
        // Outermost first: a typed block inserts its bookmark after the properties, in front of those of the blocks inside it.
        for (var i = _unmarked; i < _open.Count; i++)
        {
            _holes.Add((_xml.Length, _open[i], true));
            _blocks[_open[i]].HasParagraph = true;
        }
        _unmarked = _open.Count;
        return this;
    }

    public WordMarkup ParagraphEnd() => Append("</w:p>");

    /// <summary>As TextRuns.Paragraph: no run at all for empty text.</summary>
    public WordMarkup Paragraph(string styleId, string text = "")
    {
        ParagraphStart(styleId);
        if (text.Length > 0) Run(text);
        return ParagraphEnd();
    }

    /// <summary>A run of text that keeps its spaces.</summary>
    public WordMarkup Run(string text)
    {
        _xml.Append("<w:r><w:t xml:space=\"preserve\">").AppendText(text).Append("</w:t></w:r>");
        return this;
    }

    /// <summary>One run holding lines separated by breaks; an empty line is a break with no text.</summary>
    public WordMarkup LinesRun(IReadOnlyList<string> lines)
    {
        var start = _xml.Length;
        _xml.Append("<w:r>");
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0) _xml.Append("<w:br />");
            if (lines[i].Length > 0) _xml.Append("<w:t xml:space=\"preserve\">").AppendText(lines[i]).Append("</w:t>");
        }
        if (_xml.Length == start + "<w:r>".Length)
        {
            _xml.Length = start;
            _xml.Append("<w:r />");
            return this;
        }
        _xml.Append("</w:r>");
        return this;
    }

    /// <summary>Starts a block content control; its id and its bookmark are filled in when it ends.</summary>
    public WordMarkup BlockStart(string tag, string title)
    {
        var block = _blocks.Count;
        _blocks.Add(new Block(tag));
        ControlProperties(tag, title);
        _holes.Add((_xml.Length, block, false));
        _xml.Append("\" /></w:sdtPr>").Append(BlockContentStartTag);
        _blocks[block].ContentStart = _xml.Length;
        _open.Add(block);
        return this;
    }

    public WordMarkup BlockEnd()
    {
        var index = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        _unmarked = Math.Min(_unmarked, _open.Count);
        var block = _blocks[index];
        block.Id = controls.NextId();
        if (block.HasParagraph) block.Bookmark = controls.BookmarkOf(block.Id, block.Tag, block: true);
        if (_xml.Length == block.ContentStart)
        {
            _xml.Length -= BlockContentStartTag.Length;
            _xml.Append("<w:sdtContent /></w:sdt>");
            return this;
        }
        _xml.Append("</w:sdtContent></w:sdt>");
        return this;
    }

    /// <summary>Starts an inline content control; the runs follow, then <see cref="InlineEnd"/>.</summary>
    public WordMarkup InlineStart(string tag, string title)
    {
        var id = controls.NextId();
        ControlProperties(tag, title);
        _xml.Append(id.ToString(CultureInfo.InvariantCulture)).Append("\" /></w:sdtPr><w:sdtContent>");
        if (controls.BookmarkOf(id, tag, block: false) is var (bookmarkId, name)) AppendBookmark(_xml, bookmarkId, name);
        return this;
    }

    public WordMarkup InlineEnd()
    {
        _xml.Append("</w:sdtContent></w:sdt>");
        return this;
    }

    /// <summary>An inline content control holding one run of text.</summary>
    public WordMarkup Inline(string tag, string title, string text) => InlineStart(tag, title).Run(text).InlineEnd();

    /// <summary>
    /// The markup written since the last call as one element, every control finished, with their ids and bookmarks to be
    /// inserted where they go; the next piece is written into a new builder.
    /// </summary>
    public MarkupElement Finish()
    {
        if (_open.Count > 0) throw new InvalidOperationException("A content control is still open.");
        var inserts = new List<(int Position, string Text)>(_holes.Count);
        foreach (var (position, index, bookmark) in _holes)
        {
            var block = _blocks[index];
            if (!bookmark) inserts.Add((position, block.Id.ToString(CultureInfo.InvariantCulture)));
            else if (block.Bookmark is var (bookmarkId, name)) inserts.Add((position, AppendBookmark(new StringBuilder(), bookmarkId, name).ToString()));
        }
        var finished = new MarkupElement(_xml, inserts);
        _xml = new StringBuilder();
        _holes.Clear();
        _blocks.Clear();
        _unmarked = 0;
        return finished;
    }

    /// <summary>w:sdt and its properties up to the opening quote of the id's value.</summary>
    private void ControlProperties(string tag, string title) =>
        _xml.Append("<w:sdt><w:sdtPr><w:alias w:val=\"").AppendAttribute(title).Append("\" /><w:tag w:val=\"").AppendAttribute(tag)
            .Append("\" /><w:id w:val=\"");

    private static StringBuilder AppendBookmark(StringBuilder xml, string id, string name) =>
        xml.Append("<w:bookmarkStart w:name=\"").AppendAttribute(name).Append("\" w:id=\"").AppendAttribute(id)
            .Append("\" /><w:bookmarkEnd w:id=\"").AppendAttribute(id).Append("\" />");

    private sealed class Block(string tag)
    {
        public string Tag { get; } = tag;
        public int ContentStart { get; set; }
        public bool HasParagraph { get; set; }
        public int Id { get; set; }
        public (string Id, string Name)? Bookmark { get; set; }
    }
}
