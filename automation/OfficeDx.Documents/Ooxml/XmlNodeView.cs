using System.Xml;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// The node a reader stands on, as the checks, the filter and the capture read it for every node of a part. A struct per kind of
/// reader, so that the calls on <see cref="Utf8XmlReader"/> (sealed) are direct and inlined rather than virtual.
/// </summary>
internal interface IXmlNodeView
{
    XmlReader Reader { get; }
    bool Read();
    XmlNodeType NodeType { get; }
    string NamespaceURI { get; }
    string LocalName { get; }
    int Depth { get; }
    bool IsEmptyElement { get; }
    string Value { get; }
    int AttributeCount { get; }
    /// <summary>At least the length of the element's longest attribute value, without making the values strings where the reader can.</summary>
    int LongestAttributeBound { get; }
    string? GetAttribute(string localName, string namespaceURI);
}

/// <summary>Any XmlReader's node.</summary>
internal readonly struct ReaderNode(XmlReader reader) : IXmlNodeView
{
    public XmlReader Reader => reader;
    public bool Read() => reader.Read();
    public XmlNodeType NodeType => reader.NodeType;
    public string NamespaceURI => reader.NamespaceURI;
    public string LocalName => reader.LocalName;
    public int Depth => reader.Depth;
    public bool IsEmptyElement => reader.IsEmptyElement;
    public string Value => reader.Value;
    public int AttributeCount => reader.AttributeCount;
    public int LongestAttributeBound => int.MaxValue;
    public string? GetAttribute(string localName, string namespaceURI) => reader.GetAttribute(localName, namespaceURI);
}

/// <summary>A <see cref="Utf8XmlReader"/>'s node.</summary>
internal readonly struct Utf8Node(Utf8XmlReader reader) : IXmlNodeView
{
    public XmlReader Reader => reader;
    public bool Read() => reader.Read();
    public XmlNodeType NodeType => reader.NodeType;
    public string NamespaceURI => reader.NamespaceURI;
    public string LocalName => reader.LocalName;
    public int Depth => reader.Depth;
    public bool IsEmptyElement => reader.IsEmptyElement;
    public string Value => reader.Value;
    public int AttributeCount => reader.AttributeCount;
    public int LongestAttributeBound => reader.LongestAttributeBytes;
    public string? GetAttribute(string localName, string namespaceURI) => reader.GetAttribute(localName, namespaceURI);
}
