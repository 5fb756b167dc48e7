using System.IO.Compression;
using System.Xml.Linq;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>
/// Does to a .docx what LibreOffice 7.4 does when it saves one, without LibreOffice: content-control tags and document
/// variables go, block-level controls are dissolved into their paragraphs and tables, inline ones stay without a tag.
/// </summary>
public static class LibreOfficeLikeSave
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>With <paramref name="dropBookmarks"/> the bookmarks go too, as when a person copies the text into a new document.</summary>
    public static byte[] Apply(byte[] docx, bool dropBookmarks = false)
    {
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var written = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName is "word/document.xml" or "word/settings.xml")
                {
                    var xml = XDocument.Load(input);
                    Strip(xml, dropBookmarks);
                    xml.Save(written, SaveOptions.DisableFormatting);
                }
                else input.CopyTo(written);
            }
        }
        return output.ToArray();
    }

    private static void Strip(XDocument xml, bool dropBookmarks)
    {
        xml.Descendants(W + "docVars").Remove();
        if (dropBookmarks) xml.Descendants().Where(e => e.Name == W + "bookmarkStart" || e.Name == W + "bookmarkEnd").Remove();
        xml.Descendants(W + "tag").Remove();
        foreach (var sdt in xml.Descendants(W + "sdt").Where(s => s.Parent?.Name != W + "p").Reverse().ToList())
        {
            var content = sdt.Element(W + "sdtContent")!.Elements().ToList();
            content.ForEach(e => e.Remove());
            sdt.ReplaceWith(content);
        }
    }
}
