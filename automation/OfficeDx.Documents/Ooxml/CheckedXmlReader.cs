using System.Xml;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// An XmlReader that checks every node against the package's limits (<see cref="XmlScan.Count"/>) as it hands it on, so that
/// LINQ to XML can build a part's tree in the same pass that checks it. With a <see cref="HarvestBodyFilter"/>, the nodes it hides
/// are checked and counted but not handed on, and so are the measure tables a <see cref="MeasureCapture"/> reads itself.
/// </summary>
internal sealed class CheckedXmlReader(XmlReader inner, string file, string part, PackageGuard.Budget budget, HarvestBodyFilter? filter = null,
    MeasureCapture? capture = null) : XmlReader, IXmlLineInfo
{
    private readonly Utf8XmlReader? _utf8 = inner as Utf8XmlReader;

    public override bool Read() => _utf8 is { } utf8 ? Read(new Utf8Node(utf8)) : Read(new ReaderNode(inner));

    private bool Read<TNode>(TNode node) where TNode : struct, IXmlNodeView
    {
        do
        {
            if (!node.Read()) return false;
            XmlScan.Count(node, file, part, budget);
        }
        // A captured table is read whole by the capture, which follows drawings and properties itself: the filter never sees it.
        while (capture is not null && capture.Takes(node) || filter is not null && filter.Hides(node));
        return true;
    }

    public override int AttributeCount => inner.AttributeCount;
    public override string BaseURI => inner.BaseURI;
    public override int Depth => inner.Depth;
    public override bool EOF => inner.EOF;
    public override bool HasValue => inner.HasValue;
    public override bool IsDefault => inner.IsDefault;
    public override bool IsEmptyElement => inner.IsEmptyElement;
    public override string LocalName => inner.LocalName;
    public override string Name => inner.Name;
    public override string NamespaceURI => inner.NamespaceURI;
    public override XmlNameTable NameTable => inner.NameTable;
    public override XmlNodeType NodeType => inner.NodeType;
    public override string Prefix => inner.Prefix;
    public override ReadState ReadState => inner.ReadState;
    public override XmlReaderSettings? Settings => inner.Settings;
    public override string Value => inner.Value;
    public override string XmlLang => inner.XmlLang;
    public override XmlSpace XmlSpace => inner.XmlSpace;
    public override string GetAttribute(int i) => inner.GetAttribute(i);
    public override string? GetAttribute(string name) => inner.GetAttribute(name);
    public override string? GetAttribute(string name, string? namespaceURI) => inner.GetAttribute(name, namespaceURI);
    public override string? LookupNamespace(string prefix) => inner.LookupNamespace(prefix);
    public override void MoveToAttribute(int i) => inner.MoveToAttribute(i);
    public override bool MoveToAttribute(string name) => inner.MoveToAttribute(name);
    public override bool MoveToAttribute(string name, string? ns) => inner.MoveToAttribute(name, ns);
    public override bool MoveToElement() => inner.MoveToElement();
    public override bool MoveToFirstAttribute() => inner.MoveToFirstAttribute();
    public override bool MoveToNextAttribute() => inner.MoveToNextAttribute();
    public override bool ReadAttributeValue() => inner.ReadAttributeValue();
    public override void ResolveEntity() => inner.ResolveEntity();
    public bool HasLineInfo() => inner is IXmlLineInfo info && info.HasLineInfo();
    public int LineNumber => inner is IXmlLineInfo info ? info.LineNumber : 0;
    public int LinePosition => inner is IXmlLineInfo info ? info.LinePosition : 0;

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
