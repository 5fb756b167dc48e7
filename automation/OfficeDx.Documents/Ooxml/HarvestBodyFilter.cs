using System.Xml;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Hides from the tree builder the parts of a document body that no harvest of a tagged document reads: the shapes inside
/// drawings, bookmarks, and the formatting inside cell, row, table, paragraph, run and content-control properties, except the few
/// properties a reader looks at (merged cells, heading styles, bold and superscript runs, tags and titles). Those are more than
/// half the nodes of a generated plan, and building them was most of a harvest's time. Every node is still read and counted.
/// <see cref="Lost"/> says something a reader might have looked at was hidden (text inside a text box, a paragraph in a
/// property); the caller then builds the whole body instead.
/// </summary>
internal sealed class HarvestBodyFilter
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The property elements whose children are hidden, each with the children that stay.</summary>
    private static readonly Dictionary<string, string[]> Kept = new(StringComparer.Ordinal)
    {
        ["drawing"] = [],
        ["tcPr"] = ["gridSpan", "vMerge"],
        ["trPr"] = [],
        ["tblPr"] = [],
        ["tblGrid"] = [],
        ["pPr"] = ["pStyle", "outlineLvl"],
        ["rPr"] = ["b", "vertAlign"],
        ["sdtPr"] = ["tag", "alias"],
    };

    /// <summary>Elements left out whole: bookmarks only restore tags a re-save lost, which a tagged document has not.</summary>
    private static readonly HashSet<string> Left = new(StringComparer.Ordinal) { "bookmarkStart", "bookmarkEnd" };

    /// <summary>Elements that carry text or structure a reader walks to: finding one hidden means the hidden tree is not enough.</summary>
    private static readonly HashSet<string> Content = new(StringComparer.Ordinal)
    {
        "p", "r", "t", "tab", "br", "cr", "noBreakHyphen", "sdt", "sdtContent", "tbl", "tr", "tc", "footnoteReference",
        "bookmarkStart", "bookmarkEnd", "del", "moveFrom", "txbxContent",
    };

    private int _bodyDepth = -1;
    private int _propertiesDepth = -1;
    private string[] _keptChildren = [];
    private bool _inDrawing;
    private int _hiddenDepth = -1;

    /// <summary>True once a hidden subtree held something a reader might have read.</summary>
    public bool Lost { get; private set; }

    /// <summary>Whether the node the reader stands on is left out of the tree; called once for every node, in document order.</summary>
    public bool Hides<TNode>(TNode reader) where TNode : struct, IXmlNodeView
    {
        var depth = reader.Depth;
        var type = reader.NodeType;
        if (_hiddenDepth >= 0)
        {
            if (depth > _hiddenDepth)
            {
                if (type == XmlNodeType.Element) Hide(reader);
                return true;
            }
            _hiddenDepth = -1;
            return true;   // the hidden element's end
        }
        if (_propertiesDepth >= 0)
        {
            if (depth == _propertiesDepth + 1)
            {
                if (type == XmlNodeType.Element && reader.NamespaceURI == W && Array.IndexOf(_keptChildren, reader.LocalName) >= 0) return false;
                if (type == XmlNodeType.EndElement) return false;
                if (type == XmlNodeType.Element)
                {
                    Hide(reader);
                    if (!reader.IsEmptyElement) _hiddenDepth = depth;
                }
                return true;
            }
            if (depth == _propertiesDepth && type == XmlNodeType.EndElement) _propertiesDepth = -1;
            return false;
        }
        if (type == XmlNodeType.Element && reader.NamespaceURI == W)
        {
            if (_bodyDepth < 0)
            {
                if (reader.LocalName == "body" && depth == 1) _bodyDepth = depth;
                return false;
            }
            if (Left.Contains(reader.LocalName))
            {
                _inDrawing = false;
                if (!reader.IsEmptyElement) _hiddenDepth = depth;
                return true;
            }
            if (!reader.IsEmptyElement && Kept.TryGetValue(reader.LocalName, out var kept))
            {
                _propertiesDepth = depth;
                _keptChildren = kept;
                _inDrawing = reader.LocalName == "drawing";
            }
        }
        else if (type == XmlNodeType.EndElement && depth == _bodyDepth) _bodyDepth = int.MinValue;
        return false;
    }

    /// <summary>Inside a drawing any WordprocessingML is a text box's; inside properties only text or structure is.</summary>
    private void Hide<TNode>(TNode reader) where TNode : struct, IXmlNodeView
    {
        if (!Lost && reader.NamespaceURI == W && (_inDrawing || Content.Contains(reader.LocalName))) Lost = true;
    }
}
