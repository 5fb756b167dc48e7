using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Glossary;

/// <summary>A term as a document's glossary section (or footnote) defines it, with the number it prints, if any.</summary>
public sealed record SectionEntry(GlossaryTerm Term, int? Number, string Place);
