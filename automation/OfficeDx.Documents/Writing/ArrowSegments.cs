using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using A = DocumentFormat.OpenXml.Drawing;

namespace OfficeDx.Documents.Writing;

/// <summary>Draws schedule arrows as DrawingML line shapes: one segment per year cell, dashed for 準備・検討, an arrowhead on the last one.</summary>
/// <remarks>Segments are anchored to the cell (layoutInCell) at the height of a ○ in the same row, so that every
/// cell of the row keeps one line of table text and the segments of neighbouring years meet.</remarks>
internal sealed class ArrowSegments
{
    private const long HeightEmu = 88900; // 7 pt box; the line runs through its middle
    private const long TopOffsetEmu = 76200; // 6 pt below the paragraph top: level with the centre of a ○ of table text
    private const int LineWidthEmu = 19050; // 1.5 pt
    private int _nextShapeId = 1;

    /// <summary>The next drawing id of the document: bars and arrows share one sequence (docPr ids are unique per document).</summary>
    public int NextShapeId() => _nextShapeId++;

    public Drawing Segment(Phase phase, long widthEmu, bool withHead, string description)
    {
        var id = NextShapeId();
        var dash = phase == Phase.Preparation ? "dash" : "solid";
        var drawing = DrawingTemplates.Place(DrawingTemplates.Clone($"arrow {dash} {withHead}", () => Xml(dash, withHead)), id, $"矢印 {id}", description, widthEmu, HeightEmu);
        var path = drawing.FirstDescendant<A.Path>()!;
        path.Width = widthEmu;
        path.GetFirstChild<A.LineTo>()!.GetFirstChild<A.Point>()!.X = widthEmu.ToString(CultureInfo.InvariantCulture);
        return drawing;
    }

    /// <summary>The segment's markup with a placeholder id, size and description, which <see cref="Segment"/> sets on each copy.</summary>
    private static string Xml(string dash, bool withHead)
    {
        const long widthEmu = 1;
        const int id = 0;
        var head = withHead ? "<a:tailEnd type=\"triangle\" w=\"med\" len=\"med\"/>" : "";
        var mid = HeightEmu / 2;
        return $"""
            <w:drawing xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="{251658240 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
            <wp:simplePos x="0" y="0"/>
            <wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>
            <wp:positionV relativeFrom="paragraph"><wp:posOffset>{TopOffsetEmu}</wp:posOffset></wp:positionV>
            <wp:extent cx="{widthEmu}" cy="{HeightEmu}"/>
            <wp:effectExtent l="0" t="0" r="0" b="0"/>
            <wp:wrapNone/>
            <wp:docPr id="{id}" name="" descr=""/>
            <wp:cNvGraphicFramePr/>
            <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
            <wps:wsp><wps:cNvSpPr/>
            <wps:spPr>
            <a:xfrm><a:off x="0" y="0"/><a:ext cx="{widthEmu}" cy="{HeightEmu}"/></a:xfrm>
            <a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/>
            <a:pathLst><a:path w="{widthEmu}" h="{HeightEmu}" fill="none"><a:moveTo><a:pt x="0" y="{mid}"/></a:moveTo><a:lnTo><a:pt x="{widthEmu}" y="{mid}"/></a:lnTo></a:path></a:pathLst>
            </a:custGeom>
            <a:noFill/>
            <a:ln w="{LineWidthEmu}" cap="flat"><a:solidFill><a:srgbClr val="000000"/></a:solidFill><a:prstDash val="{dash}"/><a:round/>{head}</a:ln>
            </wps:spPr>
            <wps:bodyPr/>
            </wps:wsp>
            </a:graphicData></a:graphic>
            </wp:anchor>
            </w:drawing>
            """;
    }
}
