namespace OfficeDx.Documents.Ooxml;

/// <summary>Something in a document that could not be read back, and where it is (measure table and row, or content control).</summary>
/// <remarks><see cref="Kind"/> says whether the plan lost something (the default) or read it by a guess.</remarks>
public sealed record DocumentProblem(string Place, string Message, DocumentProblemKind Kind = DocumentProblemKind.Lost)
{
    public override string ToString() => $"{Place}: {Message}";
}
