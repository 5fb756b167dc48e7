using System.Xml;
using DocumentFormat.OpenXml;

namespace OfficeDx.Documents.Writing;

/// <summary>Finished markup (<see cref="WordMarkup"/>) standing in a typed tree: saved as its text, with no children to walk into.</summary>
/// <remarks>
/// The SDK's own raw elements (new SdtBlock(outerXml)) would do, but their constructor insists that the markup declare its
/// namespaces, and the declaration would then be saved with it; and anything that looks inside them makes the SDK parse them.
/// </remarks>
internal sealed class MarkupElement(string markup) : OpenXmlLeafElement
{
    public string Markup { get; } = markup;

    public override void WriteTo(XmlWriter xmlWriter) => xmlWriter.WriteRaw(Markup);

    public override OpenXmlElement CloneNode(bool deep) => new MarkupElement(Markup);
}
