using System.IO.Compression;
using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>
/// Does to a .docx what Word's insertOoxml does with a service fragment, without Word: the body content of the fragment's
/// main document goes into word/document.xml right after the control tagged odx:measure:&lt;id&gt;. The fragment's styles are
/// the document's own (same profile), so no style part is merged.
/// </summary>
public static class FragmentInsertion
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] AfterMeasure(byte[] docx, string flatOpc, string measureId)
    {
        var inserted = FlatOpcPackage.MainDocument(flatOpc, "fragment").Element(W + "body")!.Elements().Where(e => e.Name != W + "sectPr").ToList();
        var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(docx)))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var input = entry.Open();
                using var written = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName != "word/document.xml")
                {
                    input.CopyTo(written);
                    continue;
                }
                var xml = XDocument.Load(input);
                var anchor = xml.Descendants(W + "sdt").Single(s =>
                    s.Element(W + "sdtPr")?.Element(W + "tag")?.Attribute(W + "val")?.Value == "odx:measure:" + measureId);
                // The document puts a spacer paragraph after each table; the fragment brings its own, so it goes after that one.
                var after = anchor.ElementsAfterSelf().FirstOrDefault() is { } next && next.Name == W + "p" && !next.Descendants(W + "t").Any() ? next : anchor;
                after.AddAfterSelf(inserted.Select(e => new XElement(e)));
                xml.Save(written, SaveOptions.DisableFormatting);
            }
        }
        return output.ToArray();
    }
}
