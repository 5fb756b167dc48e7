using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Revisions;

/// <summary>
/// Brings a revised edition's glossary up to date: a term whose marked first use went with a finished or removed measure is
/// marked where it now first appears, markers are renumbered in document order and the glossary section is rewritten.
/// </summary>
public static class RevisedGlossary
{
    /// <summary>The refreshed document, and the plan with each term's marker number and first use as the document now has them.</summary>
    public static (byte[] Document, Plan Plan) Refresh(byte[] document, Plan plan, GlossaryStyle style)
    {
        if (plan.Glossary.Count == 0) return (document, plan);
        var fileName = plan.Id + ".docx";
        var termBase = new TermBase
        {
            Terms = plan.Glossary.Select(t => new TermBaseEntry { Term = t.Term, Reading = t.Reading, Expansion = t.Expansion, Definition = t.Definition, Variants = t.Variants }).ToArray(),
        };
        var placed = Markers(document, fileName);
        foreach (var lost in plan.Glossary.Where(t => t.Marker is not null && !placed.ContainsKey(t.Term)))
            document = GlossaryEditor.Mark(document, fileName, style, termBase, MarkMode.First, lost.Term);
        document = GlossaryEditor.Refresh(document, fileName, style, termBase);

        // Only where each term is marked comes from the document: a footnote does not carry a term's reading or variants.
        var marked = Markers(document, fileName);
        var terms = plan.Glossary
            .Select(t => marked.TryGetValue(t.Term, out var m) ? t with { Marker = m.Marker, FirstUse = m.FirstUse } : t with { Marker = null, FirstUse = null })
            .OrderBy(t => t.Marker ?? int.MaxValue)
            .ToArray();
        return (document, plan with { Glossary = terms });
    }

    private static Dictionary<string, GlossaryTerm> Markers(byte[] document, string fileName) =>
        GlossaryHarvester.Read(document, fileName).Terms.Where(t => t.Marker is not null).ToDictionary(t => t.Term, StringComparer.Ordinal);
}
