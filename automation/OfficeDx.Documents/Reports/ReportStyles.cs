using System.Globalization;
using System.Security;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Reports;

/// <summary>The report's styles part: the profile's fonts on the eastAsia slot, ja-JP, real headings with outline levels.</summary>
internal static class ReportStyles
{
    public static string Write(FontSetup fonts)
    {
        string Size(double pt) => ((int)Math.Round(pt * 2)).ToString(CultureInfo.InvariantCulture);
        string Fonts(string name)
        {
            name = SecurityElement.Escape(name);
            return $"<w:rFonts w:ascii=\"{name}\" w:hAnsi=\"{name}\" w:eastAsia=\"{name}\" w:cs=\"{name}\" w:hint=\"eastAsia\"/>";
        }
        var headings = string.Concat(Enumerable.Range(1, 3).Select(level =>
        {
            var size = level switch { 1 => 14, 2 => 12, _ => 11 };
            return $"""<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="{(level == 1 ? 360 : 240)}" w:after="120"/><w:outlineLvl w:val="{level - 1}"/></w:pPr><w:rPr>{Fonts(fonts.Heading)}<w:b/><w:sz w:val="{Size(size)}"/><w:szCs w:val="{Size(size)}"/></w:rPr></w:style>""";
        }));
        return $"""
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults><w:rPrDefault><w:rPr>{Fonts(fonts.Body)}<w:kern w:val="2"/><w:sz w:val="{Size(fonts.BodySize)}"/><w:szCs w:val="{Size(fonts.BodySize)}"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:spacing w:after="60"/></w:pPr></w:style>
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="480" w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr>{Fonts(fonts.Heading)}<w:b/><w:sz w:val="{Size(20)}"/><w:szCs w:val="{Size(20)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="360"/><w:jc w:val="center"/></w:pPr><w:rPr>{Fonts(fonts.Heading)}<w:sz w:val="{Size(13)}"/><w:szCs w:val="{Size(13)}"/></w:rPr></w:style>
            {headings}
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportTableText"><w:name w:val="OfficeDx 報告表本文"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="20" w:after="20"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="{Size(fonts.TableSize)}"/><w:szCs w:val="{Size(fonts.TableSize)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportTableHeader"><w:name w:val="OfficeDx 報告表見出し"/><w:basedOn w:val="ReportTableText"/><w:qFormat/><w:pPr><w:keepNext/><w:jc w:val="center"/></w:pPr><w:rPr>{Fonts(fonts.Heading)}<w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportFigure"><w:name w:val="OfficeDx 図"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="0"/><w:jc w:val="center"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportCaption"><w:name w:val="OfficeDx 図表番号"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="200"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="{Size(fonts.TableSize)}"/><w:szCs w:val="{Size(fonts.TableSize)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="ReportSpacer"><w:name w:val="OfficeDx 表間"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="12"/></w:rPr></w:style>
            <w:style w:type="table" w:customStyle="1" w:styleId="ReportTable"><w:name w:val="OfficeDx 報告表"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
            </w:styles>
            """;
    }
}
