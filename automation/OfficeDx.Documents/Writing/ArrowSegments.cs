using System.Text;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Writing;

/// <summary>Draws schedule arrows as DrawingML line shapes (w:drawing markup): one segment per year cell, dashed for 準備・検討, an arrowhead on the last one.</summary>
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

    /// <summary>One segment's w:drawing, appended to <paramref name="xml"/>.</summary>
    public void Segment(StringBuilder xml, Phase phase, long widthEmu, bool withHead, string description)
    {
        var id = NextShapeId();
        var dash = phase == Phase.Preparation ? "dash" : "solid";
        var width = DrawingTemplates.Emu(widthEmu);
        var mid = DrawingTemplates.Emu(HeightEmu / 2);
        var head = withHead ? "<a:tailEnd type=\"triangle\" w=\"med\" len=\"med\" />" : "";
        var geometry = "<a:custGeom><a:avLst /><a:gdLst /><a:ahLst /><a:cxnLst /><a:rect l=\"0\" t=\"0\" r=\"r\" b=\"b\" />"
            + $"<a:pathLst><a:path w=\"{width}\" h=\"{HeightEmu}\" fill=\"none\"><a:moveTo><a:pt x=\"0\" y=\"{mid}\" /></a:moveTo><a:lnTo><a:pt x=\"{width}\" y=\"{mid}\" /></a:lnTo></a:path></a:pathLst>"
            + "</a:custGeom><a:noFill />"
            + $"<a:ln w=\"{LineWidthEmu}\" cap=\"flat\"><a:solidFill><a:srgbClr val=\"000000\" /></a:solidFill><a:prstDash val=\"{dash}\" /><a:round />{head}</a:ln>";
        DrawingTemplates.Anchored(xml, id, $"矢印 {id}", description, widthEmu, HeightEmu, behindText: false, 0, TopOffsetEmu, geometry);
    }
}
