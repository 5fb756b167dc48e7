using System.Globalization;
using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// Names where a paragraph is: a content-control path (measure:akita-1-03/overview, area:akita-1) in generated documents;
/// elsewhere the heading it sits under and its number (heading:第2章 基本方針/paragraph:12), or paragraph:12 before any heading.
/// </summary>
internal static class DocumentPlaces
{
    private const string ParagraphPrefix = "paragraph:";
    private const string HeadingPrefix = "heading:";
    private const string UnderHeading = "/" + ParagraphPrefix;

    /// <summary>
    /// Body paragraphs in document order (not those in drawings or text boxes) with their place, skipping the glossary section.
    /// A measure table read as the body streamed past is not in the tree: <paramref name="captured"/> is told of it where it lies.
    /// </summary>
    public static IEnumerable<(XElement Paragraph, string Place)> Paragraphs(GlossaryPackage package, Action<CapturedMeasure>? captured = null)
    {
        var number = 0;
        string? heading = null;
        foreach (var paragraph in package.Body.Descendants())
        {
            if (paragraph.Name != WordXml.Paragraph)
            {
                // Its paragraphs still count.
                if (paragraph.Annotation<CapturedMeasure>() is { } table)
                {
                    number += table.ParagraphCount;
                    captured?.Invoke(table);
                }
                continue;
            }
            number++;
            if (paragraph.Ancestors(WordXml.Drawing).Any() || paragraph.Ancestors(WordXml.Fallback).Any()) continue;
            // The heading's own words: a glossary marker in it (*1) is left out, as refreshing renumbers it.
            var headingText = package.Headings.IsHeading(paragraph) ? Flatten(new ParagraphText(paragraph).Text) : "";
            var isHeading = headingText.Length > 0;
            if (isHeading) heading = headingText;
            if (InSection(paragraph) || package.HandSection is { Count: > 0 } hand && paragraph.AncestorsAndSelf().Any(hand.Contains)) continue;
            yield return (paragraph, Of(paragraph, number, heading, isHeading));
        }
    }

    public static bool InSection(XElement element) =>
        element.Ancestors(WordXml.Sdt).Any(s => WordXml.TagOf(s) == GlossaryTags.Section);

    private static string Of(XElement paragraph, int number, string? heading, bool isHeading)
    {
        var around = paragraph.Ancestors(WordXml.Sdt).Select(WordXml.TagOf).OfType<string>();
        var inline = paragraph.Elements(WordXml.Sdt).Select(WordXml.TagOf).OfType<string>().ToArray();
        if (ControlPlaces.Of(around, inline) is { } place) return place;
        var paragraphNumber = ParagraphPrefix + number.ToString(CultureInfo.InvariantCulture);
        if (heading is null) return paragraphNumber;
        return isHeading ? HeadingPrefix + heading : HeadingPrefix + heading + "/" + paragraphNumber;
    }

    /// <summary>
    /// How well a paragraph's place fits a first use recorded earlier: 0 the same, 1 the same place named more finely
    /// (measure:x recorded, measure:x/name now; paragraph:12 recorded, heading:…/paragraph:12 now), -1 elsewhere.
    /// </summary>
    public static int Closeness(string place, string recorded) =>
        place == recorded ? 0
        : place.StartsWith(recorded + "/", StringComparison.Ordinal) || place.EndsWith("/" + recorded, StringComparison.Ordinal) ? 1
        : -1;

    /// <summary>A heading on one line: a place is one line of text.</summary>
    private static string Flatten(string text) => string.Join(' ', text.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();

    /// <summary>A place as a drafter reads it: 施策表（akita-1-03）, 見出し「…」の下（本文の 12 段落目）, or 本文の 12 段落目.</summary>
    public static string Describe(string place)
    {
        if (place.StartsWith(ParagraphPrefix, StringComparison.Ordinal)) return $"本文の {place[ParagraphPrefix.Length..]} 段落目";
        if (place.StartsWith("measure:", StringComparison.Ordinal)) return $"施策表（{place["measure:".Length..]}）";
        if (place.StartsWith("area:", StringComparison.Ordinal)) return $"分野（{place["area:".Length..]}）";
        if (place.StartsWith(HeadingPrefix, StringComparison.Ordinal))
        {
            var under = place.LastIndexOf(UnderHeading, StringComparison.Ordinal);
            return under < 0
                ? $"見出し「{place[HeadingPrefix.Length..]}」"
                : $"見出し「{place[HeadingPrefix.Length..under]}」の下（本文の {place[(under + UnderHeading.Length)..]} 段落目）";
        }
        return place;
    }
}
