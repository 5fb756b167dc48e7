using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Runs and paragraphs of plain text; every text node keeps its spaces.</summary>
internal static class TextRuns
{
    public static Run Run(string text, RunProperties? properties = null)
    {
        var run = new Run();
        if (properties is not null) run.Append(properties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Paragraph Paragraph(string? styleId, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph();
        if (styleId is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = styleId }));
        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Paragraph(string? styleId, string text) =>
        text.Length == 0 ? Paragraph(styleId) : Paragraph(styleId, Run(text));
}
