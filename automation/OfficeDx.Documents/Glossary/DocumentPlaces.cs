using System.Globalization;
using System.Xml.Linq;
using OfficeDx.Documents.Word;

namespace OfficeDx.Documents.Glossary;

/// <summary>Names where a paragraph is: a content-control path (measure:akita-1-03/overview) in generated documents, else 段落 N.</summary>
internal static class DocumentPlaces
{
    /// <summary>Body paragraphs in document order (not those in drawings or text boxes) with their place, skipping the glossary section.</summary>
    public static IEnumerable<(XElement Paragraph, string Place)> Paragraphs(GlossaryPackage package) => Paragraphs(package.Body, package.HandSection);

    public static IEnumerable<(XElement Paragraph, string Place)> Paragraphs(XElement body, HashSet<XElement>? handSection = null)
    {
        var number = 0;
        foreach (var paragraph in body.Descendants(WordXml.Paragraph))
        {
            number++;
            if (paragraph.Ancestors(WordXml.Drawing).Any() || paragraph.Ancestors(WordXml.Fallback).Any()) continue;
            if (InSection(paragraph) || handSection is { Count: > 0 } && paragraph.AncestorsAndSelf().Any(handSection.Contains)) continue;
            yield return (paragraph, Of(paragraph, number));
        }
    }

    public static bool InSection(XElement element) =>
        element.Ancestors(WordXml.Sdt).Any(s => WordXml.TagOf(s) == GlossaryTags.Section);

    private static string Of(XElement paragraph, int number)
    {
        string? measure = null, field = null, area = null;
        foreach (var sdt in paragraph.AncestorsAndSelf().Where(a => a.Name == WordXml.Sdt))
        {
            var tag = WordXml.TagOf(sdt);
            if (tag is null) continue;
            if (field is null && tag.StartsWith("odx:field:", StringComparison.Ordinal)) field = tag["odx:field:".Length..];
            else if (measure is null && tag.StartsWith(Tags.MeasurePrefix, StringComparison.Ordinal)) measure = tag[Tags.MeasurePrefix.Length..];
            else if (area is null && tag.StartsWith(Tags.AreaPrefix, StringComparison.Ordinal)) area = tag[Tags.AreaPrefix.Length..];
        }
        if (measure is not null) return field is null ? $"measure:{measure}" : $"measure:{measure}/{field}";
        if (area is not null) return $"area:{area}";
        return "paragraph:" + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A place as a drafter reads it: 施策 akita-1-03 の overview, or 本文の 12 段落目.</summary>
    public static string Describe(string place) => place switch
    {
        _ when place.StartsWith("paragraph:", StringComparison.Ordinal) => $"本文の {place["paragraph:".Length..]} 段落目",
        _ when place.StartsWith("measure:", StringComparison.Ordinal) => $"施策表（{place["measure:".Length..]}）",
        _ when place.StartsWith("area:", StringComparison.Ordinal) => $"分野（{place["area:".Length..]}）",
        _ => place,
    };
}
