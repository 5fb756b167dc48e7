using System.IO.Compression;
using System.Xml.Linq;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>Reads a generated document's text the plain way (no OfficeDx code), to check what a person would see.</summary>
public static class DocumentText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static XDocument Body(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream);
    }

    public static string All(byte[] docx) => string.Concat(Body(docx).Descendants(W + "t").Select(t => t.Value));

    /// <summary>The first cell's text of every row of the first measure table after the cover.</summary>
    public static IReadOnlyList<string> FirstColumn(byte[] docx) =>
        Body(docx).Descendants(W + "tbl").First(t => t.Ancestors(W + "tbl").Any() == false && t.Descendants(W + "tag").Any(g => g.Attribute(W + "val")?.Value.StartsWith("odx:field:", StringComparison.Ordinal) == true))
            .Elements(W + "tr").Select(r => string.Concat(r.Elements(W + "tc").First().Descendants(W + "t").Select(t => t.Value))).ToArray();

    /// <summary>Paragraph texts of the whole document in order.</summary>
    public static IReadOnlyList<string> Paragraphs(byte[] docx) =>
        Body(docx).Descendants(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))).ToArray();
}
