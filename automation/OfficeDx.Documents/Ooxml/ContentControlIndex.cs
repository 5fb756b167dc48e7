using System.Xml.Linq;

namespace OfficeDx.Documents.Ooxml;

/// <summary>Finds tagged content controls under an element, optionally without looking inside some of them.</summary>
internal static class ContentControlIndex
{
    public static IEnumerable<(string Tag, XElement Control)> Tagged(XElement root, Func<string, bool>? stopAt = null)
    {
        // Walks the tree in document order through the nodes' own sibling links, with a stack of "where to go on" per level:
        // no recursion through yield return (a frame per level for every element) and no child array per element, which
        // was a tenth of a harvest's time.
        var stack = new Stack<XNode?>();
        var next = root.FirstNode;
        while (true)
        {
            while (next is null)
            {
                if (stack.Count == 0) yield break;
                next = stack.Pop();
            }
            var node = next;
            next = node.NextNode;
            if (node is not XElement element) continue;
            if (element.Name == WordXml.Sdt && WordXml.TagOf(element) is { } tag)
            {
                yield return (tag, element);
                if (stopAt?.Invoke(tag) == true) continue;
            }
            if (element.Name == WordXml.Drawing || element.FirstNode is null) continue;
            stack.Push(next);
            next = element.FirstNode;
        }
    }
}
