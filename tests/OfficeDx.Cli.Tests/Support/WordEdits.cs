using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Cli.Tests.Support;

/// <summary>Changes a .docx on disk the way Word would after a person's edits, finding elements by content-control tag.</summary>
public static class WordEdits
{
    /// <summary>Opens the document for editing; the changes are saved when <paramref name="edit"/> returns.</summary>
    public static void Edit(string path, Action<Body> edit)
    {
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        edit(document.MainDocumentPart!.Document!.Body!);
        document.MainDocumentPart.Document.Save();
    }

    public static string? TagOf(SdtElement control) => control.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value;

    /// <summary>The one content control with this tag under <paramref name="root"/>.</summary>
    public static SdtElement Control(OpenXmlElement root, string tag)
    {
        var found = root.Descendants<SdtElement>().Where(c => TagOf(c) == tag).ToList();
        Assert.HasCount(1, found, $"content controls tagged {tag}");
        return found[0];
    }

    /// <summary>The measure table of one measure (its tagged block control).</summary>
    public static SdtElement Measure(Body body, string measureId) => Control(body, "odx:measure:" + measureId);

    /// <summary>The content element of a control (w:sdtContent).</summary>
    public static OpenXmlCompositeElement Content(SdtElement control) =>
        control.Elements<OpenXmlCompositeElement>().Single(e => e is SdtContentBlock or SdtContentRun or SdtContentCell or SdtContentRow);

    /// <summary>Replaces every text of a block control with one paragraph of <paramref name="text"/>, keeping the first paragraph's style.</summary>
    public static void SetParagraphText(SdtElement control, string text)
    {
        var content = Content(control);
        var paragraph = content.Descendants<Paragraph>().First();
        paragraph.RemoveAllChildren<Run>();
        paragraph.Append(new Run(new Text(text)));
        foreach (var other in content.Descendants<Paragraph>().Skip(1).ToList()) other.Remove();
    }

    /// <summary>A plain run, as Word writes one when a person types.</summary>
    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
