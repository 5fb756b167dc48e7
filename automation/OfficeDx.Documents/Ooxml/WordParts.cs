using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace OfficeDx.Documents.Ooxml;

/// <summary>The parts of a .docx that a harvest reads, parsed: the main document and, when present, settings, footnotes, styles and custom properties.</summary>
public sealed class WordParts
{
    public required XDocument Main { get; init; }
    public XDocument? Settings { get; init; }
    public XDocument? Footnotes { get; init; }
    public XDocument? Styles { get; init; }
    /// <summary>The text custom properties by name (docProps/custom.xml); none when the part is missing or unreadable.</summary>
    public required IReadOnlyDictionary<string, string> Custom { get; init; }
    /// <summary>
    /// True when the body holds only what a harvest of a tagged document reads (<see cref="HarvestBodyFilter"/>): no shapes, and
    /// of the properties only merged cells, heading styles, bold and superscript runs, tags and titles.
    /// </summary>
    public bool HarvestBodyOnly { get; init; }
    /// <summary>How many measure tables were read as the body streamed past: their controls hold no content in <see cref="Main"/>.</summary>
    public int CapturedMeasures { get; init; }

    /// <summary>The same parts read through a package the Open XML SDK has opened (the way for packages <see cref="DirectWordPackage"/> leaves to the SDK).</summary>
    public static WordParts FromPackage(MainDocumentPart main, string fileName) => new()
    {
        Main = SafeXml.Load(main, fileName),
        Settings = main.DocumentSettingsPart is { } settings ? SafeXml.Load(settings, fileName) : null,
        Footnotes = main.FootnotesPart is { } footnotes ? SafeXml.Load(footnotes, fileName) : null,
        Styles = main.StyleDefinitionsPart is { } styles ? SafeXml.Load(styles, fileName) : null,
        Custom = CustomProperties.Read(main.OpenXmlPackage),
    };
}
