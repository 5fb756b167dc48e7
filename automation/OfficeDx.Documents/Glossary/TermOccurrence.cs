namespace OfficeDx.Documents.Glossary;

/// <summary>One place a known term appears: its spelling there, the paragraph's place, and the character range.</summary>
public sealed record TermOccurrence(string Term, string Spelling, string Place, int Start, int End);
