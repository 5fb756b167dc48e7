using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Import;

/// <summary>The glossary read from a plan's text, the lines it was read from (0-based), and what could not be read exactly.</summary>
public sealed record TextGlossary(IReadOnlyList<GlossaryTerm> Terms, IReadOnlySet<int> Lines, IReadOnlyList<DocumentProblem> Problems)
{
    public static TextGlossary None { get; } = new([], new HashSet<int>(), []);
}
