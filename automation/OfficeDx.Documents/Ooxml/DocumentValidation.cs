using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace OfficeDx.Documents.Ooxml;

/// <summary>One schema or semantic error the Open XML SDK validator found, with its part and XPath.</summary>
public sealed record DocumentValidationError(string Part, string XPath, string Description, string Id)
{
    public override string ToString() => $"{Part} {XPath}: {Description} [{Id}]";
}

/// <summary>Runs the Open XML SDK validator (Microsoft 365 schemas) over a whole .docx.</summary>
public static class DocumentValidation
{
    public static IReadOnlyList<DocumentValidationError> Validate(byte[] bytes, string fileName)
    {
        using var document = WordFileOpener.Open(bytes, fileName);
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365);
        try
        {
            return validator.Validate(document)
                .Select(e => new DocumentValidationError(e.Part?.Uri.ToString() ?? "", e.Path?.XPath ?? "", e.Description, e.Id))
                .ToArray();
        }
        catch (Exception e) when (Ooxml.PackageFailures.IsDamagedFile(e))
        {
            throw Ooxml.PackageFailures.Rejected(fileName, e, "Word 文書");
        }
    }
}
