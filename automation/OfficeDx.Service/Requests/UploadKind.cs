namespace OfficeDx.Service.Requests;

/// <summary>What an upload should be, in the words a drafter reads: its kind for messages and its name when none was sent.</summary>
public sealed record UploadKind(string Description, string UnnamedFile)
{
    /// <summary>A Word plan document.</summary>
    public static readonly UploadKind WordDocument = new("Word 文書（.docx）", "アップロードされた文書");

    /// <summary>A department's Excel workbook.</summary>
    public static readonly UploadKind Workbook = new("Excel ブック（.xlsx）", "送られたブック");
}
