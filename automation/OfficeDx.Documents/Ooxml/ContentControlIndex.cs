using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Finds tagged content controls under an element, optionally without looking inside some of them.</summary>
internal static class ContentControlIndex
{
    public static IEnumerable<(string Tag, XElement Control)> Tagged(XElement root, Func<string, bool>? stopAt = null)
    {
        // An explicit stack instead of nested iterators: tables hold deep drawing markup, and recursion through
        // yield return costs a frame per level for every element.
        var stack = new Stack<XElement>();
        Push(root, stack);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (element.Name == WordXml.Sdt && WordXml.TagOf(element) is { } tag)
            {
                yield return (tag, element);
                if (stopAt?.Invoke(tag) == true) continue;
            }
            if (element.Name == WordXml.Drawing) continue;
            Push(element, stack);
        }
    }

    private static void Push(XElement parent, Stack<XElement> stack)
    {
        var children = parent.Elements().ToArray();
        for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
    }
}
