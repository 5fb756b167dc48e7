using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Service.Tests.Support;

/// <summary>Small .docx files as a person types them in Word (no OfficeDx tags), and the paragraphs' text of any .docx.</summary>
public static class WordDocuments
{
    public static byte[] Typed(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => new Paragraph(new Run(new Text(p) { Space = SpaceProcessingModeValues.Preserve })))));
            main.AddNewPart<DocumentSettingsPart>().Settings = new DocumentFormat.OpenXml.Wordprocessing.Settings();
        }
        return stream.ToArray();
    }

    /// <summary>Each body paragraph's text, as Word's search sees it (markers included).</summary>
    public static IReadOnlyList<string> ParagraphTexts(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToArray();
    }

    /// <summary>The tags of every content control in the body, in document order.</summary>
    public static IReadOnlyList<string> Tags(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return document.MainDocumentPart!.Document!.Body!.Descendants<Tag>().Select(t => t.Val?.Value ?? "").ToArray();
    }

    public static IReadOnlyList<DocumentValidationError> Validate(byte[] docx) => DocumentValidation.Validate(docx, "test.docx");

    public static ByteArrayContent Upload(byte[] docx)
    {
        var content = new ByteArrayContent(docx);
        content.Headers.ContentType = new("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        return content;
    }
}
