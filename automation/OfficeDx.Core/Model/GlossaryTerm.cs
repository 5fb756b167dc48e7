namespace OfficeDx.Core.Model;

/// <summary>A term a plan defines in its glossary (用語集 / 用語解説), with where the document marks it.</summary>
public sealed record GlossaryTerm
{
    public string Term { get; init; } = "";
    /// <summary>よみがな in kana; glossaries sort by it (gojūon).</summary>
    public string? Reading { get; init; }
    /// <summary>What an abbreviation stands for, e.g. Robotic Process Automation.</summary>
    public string? Expansion { get; init; }
    public string Definition { get; init; } = "";
    /// <summary>Other spellings of the same term seen in documents (ＩＣＴ, I C T).</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
    /// <summary>The marker number in the document (*3, ※3), numbered by first appearance; null when the term is not marked.</summary>
    public int? Marker { get; init; }
    /// <summary>Where the term is first marked, as a content-control path such as measure:akita-1-03/overview.</summary>
    public string? FirstUse { get; init; }
}
