namespace OfficeDx.Documents.Glossary;

/// <summary>Which occurrences of a known term <see cref="GlossaryEditor.Mark"/> marks.</summary>
public enum MarkMode
{
    /// <summary>The first occurrence of each term that is not marked yet.</summary>
    First,
    /// <summary>Every occurrence.</summary>
    Every,
}
