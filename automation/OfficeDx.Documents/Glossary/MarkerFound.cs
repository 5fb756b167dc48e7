using System.Xml.Linq;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// A marker in the text: a tagged control (Term from its tag), or one made by hand (*3, ※3, superscript 3, a Word footnote) whose term is
/// found from its number or from the known term right before it. Term is null when neither says which term it is.
/// </summary>
public sealed record MarkerFound(string? Term, int? Number, string Place, string Text, bool Tagged)
{
    internal XElement? Control { get; init; }
    internal XElement? Paragraph { get; init; }
    internal int Start { get; init; }
    internal int End { get; init; }
    /// <summary>The person's own Word footnote reference, when the marker is one.</summary>
    internal XElement? Reference { get; init; }
}
