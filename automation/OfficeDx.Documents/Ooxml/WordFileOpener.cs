using System.IO.Compression;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>
/// Opens a .docx for reading and turns every way a file can be the wrong kind into a <see cref="DocumentOpenException"/>;
/// the package passes <see cref="PackageGuard"/> (sizes, entries, XML depth) before the Open XML SDK sees it.
/// </summary>
public static class WordFileOpener
{
    /// <summary>What the SDK itself is told, on top of the guard: no part read past the part limit.</summary>
    internal static OpenSettings Settings() => new() { MaxCharactersInPart = InputLimits.Current.MaxPartBytes };

    public static WordprocessingDocument Open(byte[] bytes, string fileName)
    {
        if (FileSignature.IsCompoundFile(bytes))
            throw new DocumentOpenException(fileName, "パスワードで保護（暗号化）された文書か、古い形式（.doc）の文書です。Word でパスワードを解除し、「Word 文書（*.docx）」として保存し直してください。");
        if (!FileSignature.IsZip(bytes))
            throw new DocumentOpenException(fileName, "Word 文書（.docx）ではありません（ファイルの形式が ZIP ではありません）。");

        try
        {
            PackageGuard.Check(bytes, fileName);
        }
        catch (PackageRejectedException e)
        {
            throw new DocumentOpenException(fileName, e.Reason) { TooLarge = e.TooLarge };
        }

        WordprocessingDocument? document = null;
        try
        {
            document = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false, Settings());
            if (document.DocumentType is WordprocessingDocumentType.MacroEnabledDocument or WordprocessingDocumentType.MacroEnabledTemplate)
                throw new DocumentOpenException(fileName, "マクロ付きの文書（.docm/.dotm）は受け付けていません。マクロを含まない「Word 文書（*.docx）」として保存し直してください。");
            // Only the part's presence is checked here: parsing it into the typed DOM is left to the caller that needs it.
            // The SDK loads the package's relationships on this first access: a missing or garbage target fails here.
            if (document.MainDocumentPart is null)
                throw new DocumentOpenException(fileName, "ZIP ファイルですが Word 文書ではありません（本文 word/document.xml が見つかりません）。");
            // Every relationship is followed now rather than when some reader first needs the part, so that a missing or
            // garbage target is refused the same way by every command, before any reading starts.
            _ = document.GetAllParts().Count();
            return document;
        }
        catch (DocumentOpenException)
        {
            document?.Dispose();
            throw;
        }
        catch (Exception e) when (PackageFailures.IsDamagedFile(e) || e is OpenXmlPackageException or InvalidDataException or IOException or XmlException or ArgumentException or InvalidOperationException)
        {
            document?.Dispose();
            throw new DocumentOpenException(fileName, document is null
                ? "ZIP ファイルですが Word 文書ではありません（本文 word/document.xml が無いか、部品のつながりが壊れています）。"
                : "Word 文書の部品のつながり（リレーションシップ）が壊れていて読めません（参照先の部品が無いか、参照先の名前が正しくありません）。Word で開いて保存し直してください。");
        }
    }

    public static WordprocessingDocument Open(string path) => Open(ReadFile(path), path);

    /// <summary>The bytes of a document on disk; a missing or unreadable file is a <see cref="DocumentOpenException"/>.</summary>
    public static byte[] ReadFile(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new DocumentOpenException(path, "ファイルが見つかりません。パスを確認してください。");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentOpenException(path, $"ファイルを開けません（{e.Message}）。");
        }
    }
}
