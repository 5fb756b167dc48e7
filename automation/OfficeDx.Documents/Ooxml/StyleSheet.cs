using System.Globalization;
using System.Security;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Ooxml;

/// <summary>The styles part: Japanese fonts on the eastAsia slot, ja-JP language, real heading styles with outline levels.</summary>
internal static class StyleSheet
{
    public static Styles Create(Profile profile)
    {
        var fonts = profile.Fonts;
        var body = SecurityElement.Escape(fonts.Body);
        var heading = SecurityElement.Escape(fonts.Heading);
        string Size(double pt) => WordUnits.HalfPoints(pt);
        string Fonts(string name) => $"<w:rFonts w:ascii=\"{name}\" w:hAnsi=\"{name}\" w:eastAsia=\"{name}\" w:cs=\"{name}\" w:hint=\"eastAsia\"/>";

        var headings = string.Concat(Enumerable.Range(1, 9).Select(level =>
        {
            var size = level switch { 1 => 14, 2 => 12, _ => 11 };
            return $"""
                <w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:spacing w:before="{(level == 1 ? 360 : 240)}" w:after="120"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>
                <w:rPr>{Fonts(heading)}<w:b/><w:sz w:val="{Size(size)}"/><w:szCs w:val="{Size(size)}"/></w:rPr></w:style>
                """;
        }));

        var xml = $"""
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
            <w:docDefaults>
              <w:rPrDefault><w:rPr>{Fonts(body)}<w:kern w:val="2"/><w:sz w:val="{Size(fonts.BodySize)}"/><w:szCs w:val="{Size(fonts.BodySize)}"/><w:lang w:val="ja-JP" w:eastAsia="ja-JP" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
              <w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault>
            </w:docDefaults>
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
            <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="2400" w:after="480"/><w:jc w:val="center"/><w:outlineLvl w:val="9"/></w:pPr><w:rPr>{Fonts(heading)}<w:b/><w:sz w:val="{Size(24)}"/><w:szCs w:val="{Size(24)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr>{Fonts(heading)}<w:sz w:val="{Size(14)}"/><w:szCs w:val="{Size(14)}"/></w:rPr></w:style>
            {headings}
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.TableText}"><w:name w:val="OfficeDx 表本文"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="20" w:after="20"/></w:pPr><w:rPr><w:sz w:val="{Size(fonts.TableSize)}"/><w:szCs w:val="{Size(fonts.TableSize)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.TableLabel}"><w:name w:val="OfficeDx 表項目名"/><w:basedOn w:val="{StyleIds.TableText}"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr>{Fonts(heading)}</w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.ScheduleMark}"><w:name w:val="OfficeDx 工程記号"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="40" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="{Size(fonts.TableSize)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.SchedulePhase}"><w:name w:val="OfficeDx 工程区分"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="20"/><w:jc w:val="center"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="{Size(fonts.ScheduleLabelSize)}"/><w:szCs w:val="{Size(fonts.ScheduleLabelSize)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.ScheduleCaption}"><w:name w:val="OfficeDx 工程注記"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="20"/><w:jc w:val="center"/></w:pPr><w:rPr><w:sz w:val="{Size(fonts.ScheduleLabelSize + 1)}"/><w:szCs w:val="{Size(fonts.ScheduleLabelSize + 1)}"/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.ScheduleText}"><w:name w:val="OfficeDx 工程の取組内容"/><w:basedOn w:val="{StyleIds.TableText}"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.IndicatorHeader}"><w:name w:val="OfficeDx 指標表見出し"/><w:basedOn w:val="{StyleIds.TableLabel}"/></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.Divider}"><w:name w:val="OfficeDx 追加施策区切り"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/></w:pPr><w:rPr>{Fonts(heading)}</w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.ListHeading}"><w:name w:val="OfficeDx 一覧見出し"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/></w:pPr><w:rPr>{Fonts(heading)}<w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.ListItem}"><w:name w:val="OfficeDx 一覧項目"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="420" w:hanging="210"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="{StyleIds.Spacer}"><w:name w:val="OfficeDx 表間"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr><w:rPr><w:sz w:val="12"/></w:rPr></w:style>
            <w:style w:type="table" w:customStyle="1" w:styleId="{StyleIds.MeasureTable}"><w:name w:val="OfficeDx 施策表"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="6" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>
            </w:styles>
            """;
        return new Styles(xml);
    }

    internal static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
