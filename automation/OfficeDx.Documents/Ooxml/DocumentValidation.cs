using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
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
    /// <summary>The most errors one validation reports.</summary>
    public const int MaxErrors = 100;

    public static IReadOnlyList<DocumentValidationError> Validate(byte[] bytes, string fileName)
    {
        using var document = WordFileOpener.Open(bytes, fileName);
        return Validate(document, fileName);
    }

    /// <summary>Validates a flat-OPC package (a fragment from Word's getOoxml) where it is opened, without writing it out as a .docx first.</summary>
    public static IReadOnlyList<DocumentValidationError> ValidateFlatOpc(string flatOpc, string source) =>
        FlatOpcPackage.Open(flatOpc, source, document => Validate(document, source));

    private static IReadOnlyList<DocumentValidationError> Validate(WordprocessingDocument document, string fileName)
    {
        // Each error's place is an XPath the SDK computes by counting siblings: thousands of errors in a row of thousands of cells cost
        // seconds. The first ones say what is wrong.
        var validator = new OpenXmlValidator(FileFormatVersions.Microsoft365) { MaxNumberOfErrors = MaxErrors };
        try
        {
            return validator.Validate(document)
                .Select(e => new DocumentValidationError(e.Part?.Uri.ToString() ?? "", e.Path?.XPath ?? "", Shortened(e.Description), e.Id))
                .ToArray();
        }
        catch (Exception e) when (Ooxml.PackageFailures.IsDamagedFile(e))
        {
            throw Ooxml.PackageFailures.Rejected(fileName, e, "Word 文書");
        }
    }

    /// <summary>The longest description kept whole; the SDK quotes the invalid value whole, which can be a megabyte.</summary>
    public const int MaxDescriptionCharacters = 500;

    /// <summary>
    /// A description cut in its middle: its start names the element and the value's start, its end says what was expected. A
    /// 1,000,000-character value took seconds to print (fuzz run 8, #25397: `validate`, 2.6 s).
    /// </summary>
    private static string Shortened(string description) =>
        description.Length <= MaxDescriptionCharacters
            ? description
            : $"{description.AsSpan(0, 300)}…（{description.Length - 450:N0} 文字省略）…{description.AsSpan(description.Length - 150)}";
}
