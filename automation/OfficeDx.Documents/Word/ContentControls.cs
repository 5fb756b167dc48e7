using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Word;

/// <summary>Creates rich-text content controls with a tag, a title Word shows, and ids unique within one document.</summary>
internal sealed class ContentControls
{
    private int _nextId = 1;

    public SdtBlock Block(string tag, string title, params OpenXmlElement[] content) =>
        new(Properties(tag, title), new SdtContentBlock(content));

    public SdtRun Inline(string tag, string title, params OpenXmlElement[] runs) =>
        new(Properties(tag, title), new SdtContentRun(runs));

    public SdtCell CellLevel(string tag, string title, TableCell cell) =>
        new(Properties(tag, title), new SdtContentCell(cell));

    private SdtProperties Properties(string tag, string title) => new(
        new SdtAlias { Val = title },
        new Tag { Val = tag },
        new SdtId { Val = _nextId++ });
}
