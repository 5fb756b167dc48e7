using System.Text.Json.Serialization;
using OfficeDx.Core.Json;

namespace OfficeDx.Documents.Profiles;

/// <summary>How a house style marks glossary terms in the text and lays out its glossary section.</summary>
public sealed record GlossaryStyle
{
    public GlossaryMarkerStyle Marker { get; init; } = GlossaryMarkerStyle.Asterisk;
    public GlossarySectionStyle Section { get; init; } = GlossarySectionStyle.Footnotes;
    /// <summary>The heading over the glossary section (用語集, 用語解説); footnotes have none.</summary>
    public string Heading { get; init; } = "用語集";

    /// <summary>The text of marker <paramref name="number"/> as printed: *3, ※3 or 3.</summary>
    public string MarkText(int number) => Marker switch
    {
        GlossaryMarkerStyle.Asterisk => "*" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        GlossaryMarkerStyle.ReferenceMark => "※" + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>How a marked term's number looks in the text.</summary>
[JsonConverter(typeof(StrictEnumConverter<GlossaryMarkerStyle>))]
public enum GlossaryMarkerStyle
{
    /// <summary>Superscript *N (秋田市 2021).</summary>
    Asterisk,
    /// <summary>Superscript ※N (潟上市).</summary>
    ReferenceMark,
    /// <summary>Superscript digits.</summary>
    SuperscriptDigits,
    /// <summary>Word's own numbered footnote reference.</summary>
    WordFootnote,
}

/// <summary>The layout of the glossary section, one per seed style.</summary>
[JsonConverter(typeof(StrictEnumConverter<GlossarySectionStyle>))]
public enum GlossarySectionStyle
{
    /// <summary>A footnote at the bottom of the page of first use: *N definition (秋田市 2021).</summary>
    Footnotes,
    /// <summary>A table No / 用語 / 解説 in marker order (潟上市).</summary>
    NumberedTable,
    /// <summary>A table 用語 / 解説 / 該当頁 whose page numbers are PAGEREF fields.</summary>
    PageTable,
    /// <summary>Headings あ行, か行 … with term（reading） and definition, sorted by reading (秋田市 第2.0版).</summary>
    GojuonGroups,
    /// <summary>One TERM…definition paragraph per term (八戸市).</summary>
    DefinitionLines,
}
