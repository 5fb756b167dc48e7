using System.Text;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Writing;

/// <summary>Draws the labelled bars of a Gantt-style 工程表 (w:drawing markup): a filled rounded rectangle behind the bar's text, across the cell that spans its years.</summary>
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

    /// <summary>The bar's w:drawing, appended to <paramref name="xml"/>.</summary>
    public static void Bar(StringBuilder xml, int shapeId, Phase phase, long cellWidthEmu, int lines, double textPoints, string description)
    {
        var (fill, line, dash) = Looks[phase];
        var width = Math.Max(cellWidthEmu - 2 * InsetEmu, PointEmu);
        var height = (long)Math.Round((Math.Max(lines, 1) * textPoints * 1.6 + 4) * PointEmu);
        var geometry = $"<a:prstGeom prst=\"roundRect\"><a:avLst /></a:prstGeom><a:solidFill><a:srgbClr val=\"{fill}\" /></a:solidFill>"
            + $"<a:ln w=\"12700\"><a:solidFill><a:srgbClr val=\"{line}\" /></a:solidFill><a:prstDash val=\"{dash}\" /></a:ln>";
        DrawingTemplates.Anchored(xml, shapeId, $"バー {shapeId}", description, width, height, behindText: true, InsetEmu, PointEmu / 2, geometry);
    }
}
