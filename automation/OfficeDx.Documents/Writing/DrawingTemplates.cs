using System.Globalization;
using System.Text;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Anchored shapes (w:drawing) written as finished markup, spelled exactly as the Open XML SDK serializes them: a drawing costs
/// one string instead of thirty typed elements cloned, set and serialized (a quarter of writing a plan's schedules). Measure
/// tables write it into their own markup (<see cref="WordMarkup"/>); the legend wraps it in a Drawing, which the SDK
/// saves as its text as long as nothing walks into it and makes the SDK parse it.
/// </summary>
internal static class DrawingTemplates
{
    private const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

    /// <summary>
    /// A shape anchored in its table cell (layoutInCell) at the given offsets; <paramref name="geometry"/> is what follows the
    /// shape's a:xfrm in its wps:spPr (its outline, fill and line), already in serialized form. Appended to <paramref name="xml"/>.
    /// </summary>
    public static void Anchored(StringBuilder xml, int shapeId, string name, string description, long widthEmu, long heightEmu, bool behindText,
        long horizontalOffsetEmu, long verticalOffsetEmu, string geometry)
    {
        var width = Emu(widthEmu);
        var height = Emu(heightEmu);
        xml.Append("<w:drawing ").Append(Namespaces).Append('>')
            .Append("<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"").Append(Emu(251658240L + shapeId))
            .Append("\" behindDoc=\"").Append(behindText ? '1' : '0').Append("\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">")
            .Append("<wp:simplePos x=\"0\" y=\"0\" />")
            .Append("<wp:positionH relativeFrom=\"column\"><wp:posOffset>").Append(Emu(horizontalOffsetEmu)).Append("</wp:posOffset></wp:positionH>")
            .Append("<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>").Append(Emu(verticalOffsetEmu)).Append("</wp:posOffset></wp:positionV>")
            .Append("<wp:extent cx=\"").Append(width).Append("\" cy=\"").Append(height).Append("\" />")
            .Append("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\" /><wp:wrapNone />")
            .Append("<wp:docPr id=\"").Append(Emu(shapeId)).Append("\" name=\"").AppendAttribute(name).Append("\" descr=\"").AppendAttribute(description).Append("\" />")
            .Append("<wp:cNvGraphicFramePr /><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">")
            .Append("<wps:wsp><wps:cNvSpPr /><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\" /><a:ext cx=\"").Append(width).Append("\" cy=\"").Append(height).Append("\" /></a:xfrm>")
            .Append(geometry)
            .Append("</wps:spPr><wps:bodyPr /></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>");
    }

    public static string Emu(long value) => value.ToString(CultureInfo.InvariantCulture);
}
