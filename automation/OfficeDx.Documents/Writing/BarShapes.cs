using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Writing;

/// <summary>Draws the labelled bars of a Gantt-style 工程表: a filled rounded rectangle behind the bar's text, across the cell that spans its years.</summary>
/// <remarks>The bar is anchored in the first paragraph of the bar's text (layoutInCell), behind the text, so that the
/// text reads on the bar; the cell spans exactly the bar's year columns, so the bar starts and ends on their lines.</remarks>
internal static class BarShapes
{
    private const long InsetEmu = 25400; // 2 pt each side: neighbouring bars on one row stay apart
    private const long PointEmu = 12700;

    private static readonly Dictionary<Phase, (string Fill, string Line, string Dash)> Looks = new()
    {
        [Phase.None] = ("FBE5D6", "C55A11", "solid"),
        [Phase.Preparation] = ("EDEDED", "595959", "dash"),
        [Phase.Implementation] = ("DEEBF7", "2E75B6", "solid"),
        [Phase.Continuation] = ("BDD7EE", "1F4E79", "solid"),
    };

    public static Drawing Bar(int shapeId, Phase phase, long cellWidthEmu, int lines, double textPoints, string description)
    {
        var (fill, line, dash) = Looks[phase];
        var width = Math.Max(cellWidthEmu - 2 * InsetEmu, PointEmu);
        var height = (long)Math.Round((Math.Max(lines, 1) * textPoints * 1.6 + 4) * PointEmu);
        return DrawingTemplates.Place(DrawingTemplates.Clone($"bar {phase}", () => Xml(fill, line, dash)), shapeId, $"バー {shapeId}", description, width, height);
    }

    /// <summary>The bar's markup with a placeholder id, size and description, which <see cref="Bar"/> sets on each copy.</summary>
    private static string Xml(string fill, string line, string dash)
    {
        const int shapeId = 0;
        const long width = 1, height = 1;
        string Emu(long value) => value.ToString(CultureInfo.InvariantCulture);
        return $"""
            <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{251658240 + shapeId}" behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">
            <wp:simplePos x="0" y="0"/>
            <wp:positionH relativeFrom="column"><wp:posOffset>{Emu(InsetEmu)}</wp:posOffset></wp:positionH>
            <wp:positionV relativeFrom="paragraph"><wp:posOffset>{Emu(PointEmu / 2)}</wp:posOffset></wp:positionV>
            <wp:extent cx="{Emu(width)}" cy="{Emu(height)}"/>
            <wp:effectExtent l="0" t="0" r="0" b="0"/>
            <wp:wrapNone/>
            <wp:docPr id="{shapeId}" name="" descr=""/>
            <wp:cNvGraphicFramePr/>
            <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp><wps:cNvSpPr/>
            <wps:spPr>
            <a:xfrm><a:off x="0" y="0"/><a:ext cx="{Emu(width)}" cy="{Emu(height)}"/></a:xfrm>
            <a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>
            <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
            <a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill><a:prstDash val="{dash}"/></a:ln>
            </wps:spPr>
            <wps:bodyPr/>
            </wps:wsp>
            </a:graphicData></a:graphic>
            </wp:anchor>
            </w:drawing>
            """;
    }
}
