using System.Xml;
using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// The streaming harvest of issue 16: reads each measure table of a body straight from the reader that checks the part, keeping
/// only what <see cref="Reading.MeasureTableReader"/> reads (the tagged controls with their text, and the cells, rows, paragraphs and
/// tables they lie in), so that no tree is built for the tables, which are nearly all of a plan. The tree builder is handed the
/// measure's content control without its content; <see cref="Attach"/> hangs the capture on it. Whatever a table may hold that
/// this reader would not read exactly as the tree readers do (a text box, a paragraph in a tracked deletion, a footnote, a control
/// in a drawing or a property) abandons the capture: the caller reads the body as a tree instead. Glossary markers are kept with
/// the place of their paragraph, as the glossary reader names it.
/// </summary>
internal sealed class MeasureCapture
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>Thrown through the tree builder when a table holds something only the tree readers read.</summary>
    internal sealed class AbandonedException() : Exception("the measure table needs the tree readers");

    private enum Kind { Other, Skip, Text, Sdt, SdtProperties, SdtContent, Paragraph, ParagraphProperties, Table, Row, Cell }

    private readonly record struct Frame(Kind Kind, object? Item);

    /// <summary>An open content control outside every captured table.</summary>
    private sealed class OuterControl(int depth)
    {
        public int Depth { get; } = depth;
        public bool PropertiesSeen { get; set; }
        public bool InProperties { get; set; }
        public bool TagSeen { get; set; }
        public bool OtherChild { get; set; }
        public bool ContentSeen { get; set; }
        public int Found { get; set; } = -1;
        /// <summary>A note's, a bar phase's or the glossary's control around a table marks its paragraphs for the tree readers.</summary>
        public bool MarksParagraphs { get; set; }
    }

    // Atoms of the reader's name table: names are compared by reference.
    private readonly string _w, _mc, _body, _sdt, _sdtPr, _sdtEndPr, _sdtContent, _tag, _val, _p, _pPr, _pStyle, _outlineLvl, _tbl, _tr, _tc,
        _r, _rPr, _t, _tab, _br, _cr, _noBreakHyphen, _drawing, _del, _moveFrom, _pict, _footnoteReference, _fallback;

    private int _bodyDepth = -1;
    private readonly List<OuterControl> _outer = [];
    private int _openBlocks;
    /// <summary>Every measure control met, in document order, with its capture (null when it was left to the tree).</summary>
    private readonly List<(string Tag, CapturedMeasure? Captured)> _found = [];

    // The table being captured.
    private int _baseDepth = -1;
    private OuterControl? _owner;
    // The open elements of the table, innermost last: a stack read and changed for every node.
    private Frame[] _frames = new Frame[64];
    private int _frameCount;
    private readonly List<CapturedControl> _controls = [];
    private readonly List<CapturedControl> _openControls = [];
    private readonly List<CapturedRow> _openRows = [];
    private readonly List<CapturedCell> _openCells = [];
    private CapturedParagraph? _paragraph;
    private int _skipDepth, _noteDepth, _barPhaseDepth, _markerDepth, _paragraphCount;
    private readonly List<CapturedParagraph> _marked = [];
    // Of every table of the part together: only whether any of them is a heading matters.
    private readonly List<XElement> _styled = [];
    private readonly HashSet<(string?, string?)> _styles = [];
    private string? _styleId, _outlineLevel;

    /// <summary>The name table the part's reader must use, so that names compare by reference.</summary>
    public XmlNameTable Names { get; } = new NameTable();

    public MeasureCapture()
    {
        var names = Names;
        _w = names.Add(W);
        _mc = names.Add(Mc);
        _body = names.Add("body");
        _sdt = names.Add("sdt");
        _sdtPr = names.Add("sdtPr");
        _sdtEndPr = names.Add("sdtEndPr");
        _sdtContent = names.Add("sdtContent");
        _tag = names.Add("tag");
        _val = names.Add("val");
        _p = names.Add("p");
        _pPr = names.Add("pPr");
        _pStyle = names.Add("pStyle");
        _outlineLvl = names.Add("outlineLvl");
        _tbl = names.Add("tbl");
        _tr = names.Add("tr");
        _tc = names.Add("tc");
        _r = names.Add("r");
        _rPr = names.Add("rPr");
        _t = names.Add("t");
        _tab = names.Add("tab");
        _br = names.Add("br");
        _cr = names.Add("cr");
        _noBreakHyphen = names.Add("noBreakHyphen");
        _drawing = names.Add("drawing");
        _del = names.Add("del");
        _moveFrom = names.Add("moveFrom");
        _pict = names.Add("pict");
        _footnoteReference = names.Add("footnoteReference");
        _fallback = names.Add("Fallback");
    }

    /// <summary>How many measure tables were captured.</summary>
    public int Captured => _found.Count(f => f.Captured is not null);

    /// <summary>
    /// Whether the node the reader stands on belongs to a captured table (and is kept from the tree builder); called for every
    /// node the tree builder would get, in document order. Throws <see cref="AbandonedException"/>.
    /// </summary>
    public bool Takes<TNode>(TNode reader) where TNode : struct, IXmlNodeView
    {
        if (_baseDepth >= 0)
        {
            Capture(reader);
            return true;
        }
        var type = reader.NodeType;
        if (type == XmlNodeType.Element)
        {
            if (!ReferenceEquals(reader.NamespaceURI, _w)) return false;
            var name = reader.LocalName;
            var depth = reader.Depth;
            if (_bodyDepth < 0)
            {
                if (ReferenceEquals(name, _body) && depth == 1 && !reader.IsEmptyElement) _bodyDepth = depth;
                return false;
            }
            var owner = _outer.Count > 0 && _outer[^1].Depth == depth - 1 ? _outer[^1] : null;
            if (owner is not null)
            {
                if (ReferenceEquals(name, _sdtPr))
                {
                    if (!owner.PropertiesSeen && !reader.IsEmptyElement) owner.InProperties = true;
                    owner.PropertiesSeen = true;
                }
                else if (ReferenceEquals(name, _sdtContent))
                {
                    var capture = owner.Found >= 0 && !owner.ContentSeen && !owner.OtherChild && _openBlocks == 0 && !_outer.Any(o => o.MarksParagraphs);
                    owner.ContentSeen = true;
                    if (capture)
                    {
                        Begin(owner, depth);
                        if (reader.IsEmptyElement) End();
                        return true;
                    }
                }
                else if (!ReferenceEquals(name, _sdtEndPr))
                {
                    owner.OtherChild = true;
                    // After its table was captured, the control's tree readers would look here too.
                    if (owner.Found >= 0 && _found[owner.Found].Captured is not null) throw new AbandonedException();
                }
            }
            else if (_outer.Count > 0 && _outer[^1] is { InProperties: true, TagSeen: false } control && depth == control.Depth + 2 && ReferenceEquals(name, _tag))
            {
                control.TagSeen = true;
                if (reader.GetAttribute(_val, _w) is { } tag)
                {
                    if (tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal))
                    {
                        control.Found = _found.Count;
                        _found.Add((tag, null));
                    }
                    control.MarksParagraphs = tag.StartsWith(Tags.NotePrefix, StringComparison.Ordinal) || tag.StartsWith(Tags.BarPhasePrefix, StringComparison.Ordinal)
                        || tag == GlossaryTags.Section;
                }
            }
            if (reader.IsEmptyElement) return false;
            if (ReferenceEquals(name, _sdt)) _outer.Add(new OuterControl(depth));
            else if (ReferenceEquals(name, _p) || ReferenceEquals(name, _tbl)) _openBlocks++;
        }
        else if (type == XmlNodeType.EndElement && _bodyDepth >= 0 && ReferenceEquals(reader.NamespaceURI, _w))
        {
            var name = reader.LocalName;
            var depth = reader.Depth;
            if (ReferenceEquals(name, _sdt) && _outer.Count > 0 && _outer[^1].Depth == depth) _outer.RemoveAt(_outer.Count - 1);
            else if (ReferenceEquals(name, _sdtPr) && _outer.Count > 0 && _outer[^1].Depth == depth - 1) _outer[^1].InProperties = false;
            else if (ReferenceEquals(name, _p) || ReferenceEquals(name, _tbl)) _openBlocks--;
            else if (ReferenceEquals(name, _body) && depth == _bodyDepth) _bodyDepth = int.MaxValue;
        }
        return false;
    }

    /// <summary>
    /// Hangs each capture on its content control in the tree built beside it. The tree's measure controls must be the ones met
    /// while streaming, one for one; otherwise the capture is abandoned.
    /// </summary>
    public void Attach(XDocument document)
    {
        if (_found.Count == 0) return;
        var controls = document.Root?.Element(WordXml.Body)?.Descendants(WordXml.Sdt)
            .Select(s => (Control: s, Tag: WordXml.TagOf(s)))
            .Where(s => s.Tag?.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal) == true)
            .ToList() ?? [];
        if (controls.Count != _found.Count) throw new AbandonedException();
        for (var i = 0; i < controls.Count; i++)
        {
            if (controls[i].Tag != _found[i].Tag) throw new AbandonedException();
            if (_found[i].Captured is { } captured) controls[i].Control.AddAnnotation(captured);
        }
    }

    private void Begin(OuterControl owner, int depth)
    {
        _owner = owner;
        _baseDepth = depth;
        _frameCount = 0;
        _controls.Clear();
        _openControls.Clear();
        _openRows.Clear();
        _openCells.Clear();
        _paragraph = null;
        _skipDepth = _noteDepth = _barPhaseDepth = _markerDepth = _paragraphCount = 0;
        _marked.Clear();
        Push(Kind.Other, null);
    }

    private void End()
    {
        var controls = _controls.Where(c => c.TagOrNull is not null).ToList();
        var tag = _found[_owner!.Found].Tag;
        _found[_owner.Found] = (tag, new CapturedMeasure(controls, _paragraphCount, _styled, Markers(tag)));
        _baseDepth = -1;
        _owner = null;
    }

    /// <summary>
    /// Each marker with its paragraph's place as <see cref="Glossary.DocumentPlaces"/> names it (<see cref="ControlPlaces"/>), from
    /// the controls around the paragraph inside the table, the table's own, and the paragraph's inline controls.
    /// </summary>
    private List<CapturedMarker> Markers(string measureTag)
    {
        var markers = new List<CapturedMarker>();
        foreach (var paragraph in _marked)
        {
            var around = new List<string>();
            for (var control = paragraph.Around; control is not null; control = control.Parent)
                if (control.TagOrNull is { } tag) around.Add(tag);
            around.Add(measureTag);
            var place = ControlPlaces.Of(around, [.. paragraph.Inline.Select(c => c.TagOrNull).OfType<string>()])!;
            markers.AddRange(paragraph.Markers.Select(m => new CapturedMarker(m.Tag[GlossaryTags.MarkerPrefix.Length..], m.Text.Trim(), place)));
        }
        return markers;
    }


    private void Capture<TNode>(TNode reader) where TNode : struct, IXmlNodeView
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var empty = reader.IsEmptyElement;
                Open(reader);
                if (empty) Close();
                break;
            case XmlNodeType.EndElement:
                if (reader.Depth == _baseDepth) End();
                else Close();
                break;
            case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                if (_frames[_frameCount - 1].Kind == Kind.Text && _skipDepth == 0) AppendText(reader.Value);
                break;
        }
    }

    private void Open<TNode>(TNode reader) where TNode : struct, IXmlNodeView
    {
        var parent = _frames[_frameCount - 1];
        if (parent.Kind == Kind.Text) throw new AbandonedException();
        var ns = reader.NamespaceURI;
        var name = reader.LocalName;
        // A control holds its properties and its content; the tree readers read anything else beside them in ways of their own.
        if (parent.Kind == Kind.Sdt && !(ReferenceEquals(ns, _w) && (ReferenceEquals(name, _sdtPr) || ReferenceEquals(name, _sdtContent) || ReferenceEquals(name, _sdtEndPr))))
            throw new AbandonedException();
        if (ReferenceEquals(ns, _mc))
        {
            Push(ReferenceEquals(name, _fallback) ? Kind.Skip : Kind.Other, null);
            return;
        }
        if (!ReferenceEquals(ns, _w))
        {
            Push(Kind.Other, null);
            return;
        }
        // The most frequent names first.
        if (ReferenceEquals(name, _r)) Push(Kind.Other, null);
        else if (ReferenceEquals(name, _t)) Push(Kind.Text, null);
        else if (ReferenceEquals(name, _rPr)) Push(Kind.Skip, null);
        else if (ReferenceEquals(name, _pPr)) ParagraphProperties(parent);
        else if (ReferenceEquals(name, _p)) Paragraph(parent);
        else if (ReferenceEquals(name, _tc)) Cell(parent);
        else if (ReferenceEquals(name, _tr)) Row(parent);
        else if (ReferenceEquals(name, _sdt)) Control(parent);
        else if (ReferenceEquals(name, _sdtPr)) ControlProperties(parent);
        else if (ReferenceEquals(name, _sdtContent)) ControlContent(parent);
        else if (ReferenceEquals(name, _tag)) Tag(reader, parent);
        else if (ReferenceEquals(name, _pStyle) || ReferenceEquals(name, _outlineLvl)) Style(reader, parent, name);
        else if (ReferenceEquals(name, _tbl)) Table();
        else if (ReferenceEquals(name, _tab)) Character(' ');
        else if (ReferenceEquals(name, _br) || ReferenceEquals(name, _cr)) Character('\n');
        else if (ReferenceEquals(name, _noBreakHyphen)) Character('-');
        else if (ReferenceEquals(name, _drawing) || ReferenceEquals(name, _del) || ReferenceEquals(name, _moveFrom)) Push(Kind.Skip, null);
        else if (ReferenceEquals(name, _pict) || ReferenceEquals(name, _footnoteReference)) throw new AbandonedException();
        else Push(Kind.Other, null);
    }

    private void Push(Kind kind, object? item)
    {
        if (kind is Kind.Skip or Kind.SdtProperties or Kind.ParagraphProperties) _skipDepth++;
        if (_frameCount == _frames.Length) Array.Resize(ref _frames, _frames.Length * 2);
        _frames[_frameCount++] = new Frame(kind, item);
    }

    /// <summary>
    /// A generated table nests three controls and two cells at most. Each text goes to every control around it and each paragraph
    /// to every cell and control around it, so deeper nesting (a hostile file can nest 60 within the depth limit) would multiply
    /// the part's text in memory: such a table is left to the tree readers, which read the text of the controls they look up only.
    /// </summary>
    private static void NotTooDeep<T>(List<T> open)
    {
        if (open.Count >= MaxNesting) throw new AbandonedException();
    }

    private const int MaxNesting = 8;

    /// <summary>Structure inside text the tree readers leave out (a deleted paragraph, a control in a drawing) is read differently by each of them.</summary>
    private void NotSkipped()
    {
        if (_skipDepth > 0 || _markerDepth > 0) throw new AbandonedException();
    }

    private void Close()
    {
        var frame = _frames[--_frameCount];
        switch (frame.Kind)
        {
            case Kind.Skip or Kind.SdtProperties:
                _skipDepth--;
                break;
            case Kind.ParagraphProperties:
                _skipDepth--;
                if (frame.Item is CapturedParagraph && (_styleId is not null || _outlineLevel is not null) && _styles.Add((_styleId, _outlineLevel)))
                    _styled.Add(new XElement(WordXml.Paragraph, new XElement(WordXml.ParagraphProperties,
                        _outlineLevel is null ? null : new XElement(WordXml.W + "outlineLvl", new XAttribute(WordXml.Val, _outlineLevel)),
                        _styleId is null ? null : new XElement(WordXml.W + "pStyle", new XAttribute(WordXml.Val, _styleId)))));
                break;
            case Kind.Sdt:
                var control = (CapturedControl)frame.Item!;
                if (control.IsMarker) _markerDepth--;
                if (control.IsNote) _noteDepth--;
                if (control.IsBarPhase) _barPhaseDepth--;
                _openControls.RemoveAt(_openControls.Count - 1);
                break;
            case Kind.Paragraph:
                _paragraph = null;
                break;
            case Kind.Row:
                _openRows.RemoveAt(_openRows.Count - 1);
                break;
            case Kind.Cell:
                _openCells.RemoveAt(_openCells.Count - 1);
                break;
        }
    }

    /// <summary>Text counts for the paragraph and every tagged control around it; a glossary marker's only for the marker.</summary>
    private void AppendText(string text)
    {
        if (_markerDepth > 0)
        {
            _openControls[^1].Append(text);
            return;
        }
        _paragraph?.Append(text);
        foreach (var control in _openControls)
            if (control.TagOrNull is not null) control.Append(text);
    }

    /// <summary>A tab, a break or a hyphen counts as one character of text; anything inside it does not.</summary>
    private void Character(char character)
    {
        if (_skipDepth == 0) AppendText(character switch { ' ' => " ", '\n' => "\n", _ => "-" });
        Push(Kind.Skip, null);
    }

    private void Control(Frame parent)
    {
        NotSkipped();
        NotTooDeep(_openControls);
        var control = new CapturedControl(_openRows.Count > 0 ? _openRows[^1] : null, _openCells.Count > 0 ? _openCells[^1] : null,
            _openControls.Count > 0 ? _openControls[^1] : null);
        _controls.Add(control);
        foreach (var row in _openRows) row.Controls.Add(control);
        _paragraph?.Controls.Add(control);
        if (parent is { Kind: Kind.Paragraph, Item: CapturedParagraph paragraph }) paragraph.Inline.Add(control);
        _openControls.Add(control);
        Push(Kind.Sdt, control);
    }

    private void ControlProperties(Frame parent)
    {
        if (parent.Kind == Kind.Sdt)
        {
            var control = (CapturedControl)parent.Item!;
            // The tree readers take a control's first properties, wherever they are; only properties before the content are followed here.
            if (control.PropertiesSeen || control.ContentSeen) throw new AbandonedException();
            control.PropertiesSeen = true;
            Push(Kind.SdtProperties, control);
        }
        else Push(Kind.Skip, null);
    }

    private void Tag<TNode>(TNode reader, Frame parent) where TNode : struct, IXmlNodeView
    {
        if (parent is { Kind: Kind.SdtProperties, Item: CapturedControl { TagSeen: false } control })
        {
            control.TagSeen = true;
            var tag = reader.GetAttribute(_val, _w);
            if (tag is not null)
            {
                if (tag.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal))
                {
                    // A marker that lost its term is matched to the text before it, which only the tree readers do.
                    if (tag.Length == GlossaryTags.MarkerPrefix.Length || _paragraph is null || _markerDepth > 0) throw new AbandonedException();
                    control.IsMarker = true;
                    _markerDepth++;
                    _paragraph.Markers.Add(control);
                    if (_paragraph.Markers.Count == 1) _marked.Add(_paragraph);
                }
                // Tables, areas, the plan and completed measures inside a table, glossary entries: read by the tree readers.
                else if (tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal) || tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal)
                    || tag.StartsWith(Tags.PlanPrefix, StringComparison.Ordinal) || tag.StartsWith(Tags.CompletedPrefix, StringComparison.Ordinal)
                    || tag.StartsWith(GlossaryTags.Section, StringComparison.Ordinal))
                    throw new AbandonedException();
                control.TagOrNull = tag;
                if (tag.StartsWith(Tags.NotePrefix, StringComparison.Ordinal))
                {
                    control.IsNote = true;
                    _noteDepth++;
                }
                if (tag.StartsWith(Tags.BarPhasePrefix, StringComparison.Ordinal))
                {
                    control.IsBarPhase = true;
                    _barPhaseDepth++;
                }
            }
        }
        Push(Kind.Other, null);
    }

    private void ControlContent(Frame parent)
    {
        if (parent.Kind == Kind.Sdt)
        {
            var control = (CapturedControl)parent.Item!;
            if (control.ContentSeen) throw new AbandonedException();
            control.ContentSeen = true;
            Push(Kind.SdtContent, control);
        }
        else Push(Kind.Other, null);
    }

    private void Paragraph(Frame parent)
    {
        NotSkipped();
        if (_paragraph is not null) throw new AbandonedException();
        var paragraph = new CapturedParagraph(_noteDepth > 0, _barPhaseDepth > 0) { Around = _openControls.Count > 0 ? _openControls[^1] : null };
        _paragraph = paragraph;
        _paragraphCount++;
        foreach (var cell in _openCells) cell.Paragraphs.Add(paragraph);
        foreach (var control in _openControls) control.Paragraphs.Add(paragraph);
        if (parent is { Kind: Kind.SdtContent, Item: CapturedControl owner }) owner.HasParagraphChild = true;
        _styleId = _outlineLevel = null;
        Push(Kind.Paragraph, paragraph);
    }

    /// <summary>The first properties of a paragraph name its style and outline level, which say whether it is a heading.</summary>
    private void ParagraphProperties(Frame parent)
    {
        if (parent is { Kind: Kind.Paragraph, Item: CapturedParagraph { PropertiesSeen: false } paragraph })
        {
            paragraph.PropertiesSeen = true;
            Push(Kind.ParagraphProperties, paragraph);
        }
        else Push(Kind.ParagraphProperties, null);
    }

    private void Style<TNode>(TNode reader, Frame parent, string name) where TNode : struct, IXmlNodeView
    {
        if (parent is { Kind: Kind.ParagraphProperties, Item: CapturedParagraph })
        {
            var value = reader.GetAttribute(_val, _w) ?? "";
            if (ReferenceEquals(name, _pStyle)) _styleId ??= value;
            else _outlineLevel ??= value;
        }
        Push(Kind.Other, null);
    }

    private void Table()
    {
        NotSkipped();
        var table = new CapturedTable();
        foreach (var control in _openControls)
            if (control.ContentSeen) control.FirstTable ??= table;
        Push(Kind.Table, table);
    }

    private void Row(Frame parent)
    {
        NotSkipped();
        NotTooDeep(_openRows);
        var row = new CapturedRow();
        if (parent is { Kind: Kind.Table, Item: CapturedTable table }) table.Rows.Add(row);
        _openRows.Add(row);
        Push(Kind.Row, row);
    }

    private void Cell(Frame parent)
    {
        NotSkipped();
        NotTooDeep(_openCells);
        var cell = new CapturedCell();
        if (parent is { Kind: Kind.Row, Item: CapturedRow row }) row.FirstCell ??= cell;
        _openCells.Add(cell);
        Push(Kind.Cell, cell);
    }
}
