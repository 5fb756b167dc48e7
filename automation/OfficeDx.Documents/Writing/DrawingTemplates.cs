using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace OfficeDx.Documents.Writing;

/// <summary>
/// Drawings parsed once per shape and cloned for each use, with the values that differ set on the clone: the Open XML SDK parses
/// a drawing made from XML text when it saves the part, and that parsing was a third of writing a plan. Per thread, because a
/// parsed element is not safe to clone from two threads at once.
/// </summary>
internal static class DrawingTemplates
{
    [ThreadStatic]
    private static Dictionary<string, Drawing>? _parsed;

    /// <summary>A copy of the drawing <paramref name="xml"/> gives, parsed the first time <paramref name="key"/> is asked for on this thread.</summary>
    public static Drawing Clone(string key, Func<string> xml)
    {
        var parsed = _parsed ??= [];
        if (!parsed.TryGetValue(key, out var template))
        {
            template = new Drawing(xml());
            _ = template.FirstChild; // parses it now, once
            parsed[key] = template;
        }
        return (Drawing)template.CloneNode(true);
    }

    /// <summary>Sets what every anchored shape of ours carries per use: its z-order, id, name, description and size.</summary>
    public static Drawing Place(Drawing drawing, int shapeId, string name, string description, long widthEmu, long heightEmu)
    {
        var anchor = drawing.GetFirstChild<Wp.Anchor>()!;
        anchor.RelativeHeight = (uint)(251658240 + shapeId);
        var extent = anchor.GetFirstChild<Wp.Extent>()!;
        extent.Cx = widthEmu;
        extent.Cy = heightEmu;
        var properties = anchor.GetFirstChild<Wp.DocProperties>()!;
        properties.Id = (uint)shapeId;
        properties.Name = name;
        properties.Description = description;
        var size = drawing.FirstDescendant<A.Extents>()!;
        size.Cx = widthEmu;
        size.Cy = heightEmu;
        return drawing;
    }
}
