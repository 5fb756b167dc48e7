using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using OfficeDx.Documents.Excel;
using OfficeDx.Service.Tests.Support;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Service.Tests.Hostile;

/// <summary>Hostile uploads made on the spot from good files (never committed): deep nesting, a decompression bomb, row and column overflow.</summary>
public static class HostileUploads
{
    /// <summary>A small .docx whose body holds <paramref name="depth"/> content controls nested in each other (a few kilobytes compressed).</summary>
    public static byte[] DeeplyNestedDocument(int depth = 25_000)
    {
        var nested = new StringBuilder();
        for (var i = 0; i < depth; i++) nested.Append("<w:sdt><w:sdtContent>");
        nested.Append("<w:p/>");
        for (var i = 0; i < depth; i++) nested.Append("</w:sdtContent></w:sdt>");
        return ReplaceEntry(WordDocuments.Typed("施策"), "word/document.xml", xml => xml.Replace("<w:body>", "<w:body>" + nested, StringComparison.Ordinal));
    }

    /// <summary>A .docx whose document.xml inflates to <paramref name="megabytes"/> MB of whitespace from well under the upload limit.</summary>
    public static byte[] DecompressionBomb(int megabytes = 200)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in Entries(WordDocuments.Typed("施策")))
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                if (name != "word/document.xml")
                {
                    stream.Write(content);
                    continue;
                }
                var xml = Encoding.UTF8.GetString(content);
                var at = xml.IndexOf("<w:body>", StringComparison.Ordinal) + "<w:body>".Length;
                stream.Write(Encoding.UTF8.GetBytes(xml[..at]));
                var spaces = new byte[1 << 20];
                Array.Fill(spaces, (byte)' ');
                for (var i = 0; i < megabytes; i++) stream.Write(spaces);
                stream.Write(Encoding.UTF8.GetBytes(xml[at..]));
            }
        }
        return output.ToArray();
    }

    /// <summary>A department workbook with one row numbered <paramref name="row"/> (2147483647 overflowed the row loop) on the 施策 sheet.</summary>
    public static byte[] HugeRowWorkbook(byte[] workbook, string row = "2147483647") =>
        HostileFiles.WithRows(workbook, MeasureSheetPart(workbook), p => $"<{p}row r=\"{row}\"><{p}c r=\"A{row}\" t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");

    /// <summary>A department workbook with a cell whose column letters overflow any column number.</summary>
    public static byte[] HugeColumnWorkbook(byte[] workbook) =>
        HostileFiles.WithRows(workbook, MeasureSheetPart(workbook), p => $"<{p}row r=\"5000\"><{p}c r=\"AAAAAAAAAAAAAAAA5000\" t=\"inlineStr\"><{p}is><{p}t>x</{p}t></{p}is></{p}c></{p}row>");

    // The template writes its sheets with an element prefix (x:row): an unprefixed row would be in no namespace and never read.
    private static string MeasureSheetPart(byte[] workbook)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(workbook), false);
        var sheet = document.WorkbookPart!.Workbook!.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First(s => s.Name == ExcelLayout.MeasuresSheet);
        return document.WorkbookPart.GetPartById(sheet.Id!).Uri.OriginalString.TrimStart('/');
    }

    private static byte[] ReplaceEntry(byte[] package, string name, Func<string, string> edit)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entryName, content) in Entries(package))
            {
                using var stream = zip.CreateEntry(entryName).Open();
                stream.Write(entryName == name ? Encoding.UTF8.GetBytes(edit(Encoding.UTF8.GetString(content))) : content);
            }
        }
        return output.ToArray();
    }

    private static IEnumerable<(string Name, byte[] Content)> Entries(byte[] package)
    {
        using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.ToArray())
        {
            using var stream = entry.Open();
            using var content = new MemoryStream();
            stream.CopyTo(content);
            yield return (entry.FullName, content.ToArray());
        }
    }
}
