namespace OfficeDx.Documents.Ooxml;

/// <summary>Something in a document that could not be read back, and where it is (measure table and row, or content control).</summary>
public sealed record DocumentProblem(string Place, string Message)
{
    public override string ToString() => $"{Place}: {Message}";
}
