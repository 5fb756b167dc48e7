using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Opens a .docx for reading and turns every way a file can be the wrong kind into a <see cref="DocumentOpenException"/>.</summary>
public static class WordFileOpener
{

    public static WordprocessingDocument Open(byte[] bytes, string fileName)
    {
        if (FileSignature.IsCompoundFile(bytes))
            throw new DocumentOpenException(fileName, "パスワードで保護（暗号化）された文書か、古い形式（.doc）の文書です。Word でパスワードを解除し、「Word 文書（*.docx）」として保存し直してください。");
        if (!FileSignature.IsZip(bytes))
            throw new DocumentOpenException(fileName, "Word 文書（.docx）ではありません（ファイルの形式が ZIP ではありません）。");

        WordprocessingDocument document;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or ArgumentException or InvalidOperationException)
        {
            throw new DocumentOpenException(fileName, "ZIP ファイルですが Word 文書ではありません（本文 word/document.xml が見つかりません）。");
        }

        if (document.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
        {
            document.Dispose();
            throw new DocumentOpenException(fileName, "マクロ付きの文書（.docm/.dotm）は受け付けていません。マクロを含まない「Word 文書（*.docx）」として保存し直してください。");
        }
        // Only the part's presence is checked here: parsing it into the typed DOM is left to the caller that needs it.
        if (document.MainDocumentPart is null)
        {
            document.Dispose();
            throw new DocumentOpenException(fileName, "ZIP ファイルですが Word 文書ではありません（本文 word/document.xml が見つかりません）。");
        }
        return document;
    }

    public static WordprocessingDocument Open(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentOpenException(path, "ファイルが見つかりません。パスを確認してください。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentOpenException(path, $"ファイルを開けません（{e.Message}）。");
        }
        return Open(bytes, path);
    }
}
