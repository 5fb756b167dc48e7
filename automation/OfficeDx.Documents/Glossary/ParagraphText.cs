using System.Text;
using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Glossary;

/// <summary>
/// The visible text of one paragraph across all its runs, with a map back to the w:t elements, so a term split over runs
/// (spell-check marks, formatting) is still found, and a marker can be inserted right after its last character.
/// </summary>
internal sealed class ParagraphText
{
    private static readonly XName FootnoteReference = WordXml.W + "footnoteReference";

    private readonly List<(XElement Text, int Start)> _segments = [];

    public XElement Paragraph { get; }
    public string Text { get; }
    /// <summary>Glossary marker controls in this paragraph and the text position each one follows.</summary>
    public IReadOnlyList<(XElement Marker, int Position)> Markers { get; }
    /// <summary>Word footnote references outside glossary marker controls (a person's own) and the text position each one follows.</summary>
    public IReadOnlyList<(XElement Reference, int Position)> FootnoteReferences => _references;

    private readonly List<(XElement, int)> _references = [];

    public ParagraphText(XElement paragraph)
    {
        Paragraph = paragraph;
        var builder = new StringBuilder();
        var markers = new List<(XElement, int)>();
        Collect(paragraph, builder, markers);
        Text = builder.ToString();
        Markers = markers;
    }

    private void Collect(XElement element, StringBuilder builder, List<(XElement, int)> markers)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name;
            if (name == WordXml.Text)
            {
                _segments.Add((child, builder.Length));
                builder.Append(child.Value);
            }
            else if (name == WordXml.Sdt && WordXml.TagOf(child) is { } tag && tag.StartsWith(GlossaryTags.MarkerPrefix, StringComparison.Ordinal))
                markers.Add((child, builder.Length));
            else if (name == FootnoteReference) _references.Add((child, builder.Length));
            else if (name == WordXml.Deleted || name == WordXml.MoveFrom || name == WordXml.Drawing || name == WordXml.Pict
                     || name == WordXml.Fallback || name == WordXml.RunProperties || name == WordXml.ParagraphProperties
                     || name == WordXml.SdtProperties || name == WordXml.Paragraph) continue;
            else Collect(child, builder, markers);
        }
    }

    /// <summary>The run holding the character at <paramref name="index"/>, or null.</summary>
    public XElement? RunAt(int index)
    {
        var segment = SegmentAt(index);
        return segment?.Text.Parent;
    }

    /// <summary>Whether the character at <paramref name="index"/> is formatted as superscript.</summary>
    public bool IsSuperscript(int index) =>
        RunAt(index)?.Element(WordXml.RunProperties)?.Element(WordXml.W + "vertAlign")?.Attribute(WordXml.Val)?.Value == "superscript";

    /// <summary>Splits the run so that a run boundary falls at <paramref name="end"/> and returns the run that ends there.</summary>
    public XElement SplitAfter(int end)
    {
        var (text, start) = SegmentAt(end - 1) ?? throw new ArgumentOutOfRangeException(nameof(end));
        var run = text.Parent!;
        var offset = end - start;
        var rest = new XElement(WordXml.Run);
        if (run.Element(WordXml.RunProperties) is { } properties) rest.Add(new XElement(properties));
        if (offset < text.Value.Length)
        {
            rest.Add(Texts.Create(text.Value[offset..]));
            text.Value = text.Value[..offset];
            text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        }
        var after = text.NodesAfterSelf().ToArray();
        foreach (var node in after) node.Remove();
        rest.Add(after);
        if (rest.Elements().Any(e => e.Name != WordXml.RunProperties)) run.AddAfterSelf(rest);
        return run;
    }

    /// <summary>Removes the characters [start, end) from whichever w:t elements hold them.</summary>
    public void Remove(int start, int end)
    {
        foreach (var (text, segmentStart) in _segments.ToArray().Reverse())
        {
            var from = Math.Max(start, segmentStart) - segmentStart;
            var to = Math.Min(end, segmentStart + text.Value.Length) - segmentStart;
            if (from >= to) continue;
            text.Value = text.Value.Remove(from, to - from);
            text.SetAttributeValue(XNamespace.Xml + "space", "preserve");
        }
    }

    private (XElement Text, int Start)? SegmentAt(int index)
    {
        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var (text, start) = _segments[i];
            if (index >= start && index < start + text.Value.Length) return _segments[i];
        }
        return null;
    }
}
