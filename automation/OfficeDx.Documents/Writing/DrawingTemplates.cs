using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Anchored shapes written as finished markup, spelled exactly as the Open XML SDK serializes them: an element the SDK never
/// parsed is saved as its text, so a drawing costs one string instead of thirty typed elements cloned, set and serialized
/// (a quarter of writing a plan's schedules). Nothing may walk into these drawings before the part is saved, or the SDK parses them.
/// </summary>
internal static class DrawingTemplates
{
    private const string Namespaces = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"";

    /// <summary>
    /// A shape anchored in its table cell (layoutInCell) at the given offsets; <paramref name="geometry"/> is what follows the
    /// shape's a:xfrm in its wps:spPr (its outline, fill and line), already in serialized form.
    /// </summary>
    public static Drawing Anchored(int shapeId, string name, string description, long widthEmu, long heightEmu, bool behindText,
        long horizontalOffsetEmu, long verticalOffsetEmu, string geometry)
    {
        var width = Emu(widthEmu);
        var height = Emu(heightEmu);
        var xml = new StringBuilder(1400)
            .Append("<w:drawing ").Append(Namespaces).Append('>')
            .Append("<wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"").Append(Emu(251658240L + shapeId))
            .Append("\" behindDoc=\"").Append(behindText ? '1' : '0').Append("\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">")
            .Append("<wp:simplePos x=\"0\" y=\"0\" />")
            .Append("<wp:positionH relativeFrom=\"column\"><wp:posOffset>").Append(Emu(horizontalOffsetEmu)).Append("</wp:posOffset></wp:positionH>")
            .Append("<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>").Append(Emu(verticalOffsetEmu)).Append("</wp:posOffset></wp:positionV>")
            .Append("<wp:extent cx=\"").Append(width).Append("\" cy=\"").Append(height).Append("\" />")
            .Append("<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\" /><wp:wrapNone />")
            .Append("<wp:docPr id=\"").Append(Emu(shapeId)).Append("\" name=\"").Append(Attribute(name)).Append("\" descr=\"").Append(Attribute(description)).Append("\" />")
            .Append("<wp:cNvGraphicFramePr /><a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">")
            .Append("<wps:wsp><wps:cNvSpPr /><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\" /><a:ext cx=\"").Append(width).Append("\" cy=\"").Append(height).Append("\" /></a:xfrm>")
            .Append(geometry)
            .Append("</wps:spPr><wps:bodyPr /></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>");
        return new Drawing(xml.ToString());
    }

    public static string Emu(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// An attribute value as XmlWriter escapes it; a character XML cannot hold is refused as XmlWriter refuses it, rather than
    /// written into a document Word would not open.
    /// </summary>
    public static string Attribute(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\t': escaped.Append("&#x9;"); break;
                case '\n': escaped.Append("&#xA;"); break;
                case '\r': escaped.Append("&#xD;"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        escaped.Append(c).Append(value[++i]);
                        break;
                    }
                    if (!XmlConvert.IsXmlChar(c))
                        throw new ArgumentException($"'{c}', hexadecimal value 0x{(int)c:X2}, is an invalid character.", nameof(value));
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
