using DocumentFormat.OpenXml;

namespace OfficeDx.Documents.Writing;

/// <summary>The first descendant of a type, in document order, found without the SDK's Descendants iterator.</summary>
/// <remarks>Descendants&lt;T&gt;() allocates a stack per call and walks on after a match: a fifth of building a plan's tables.</remarks>
internal static class FirstDescendantExtensions
{
    public static T? FirstDescendant<T>(this OpenXmlElement root) where T : OpenXmlElement
    {
        for (var child = root.FirstChild; child is not null; child = child.NextSibling())
        {
            if (child is T found) return found;
            // A drawing is finished markup (DrawingTemplates): looking inside would make the SDK parse it.
            if (child is DocumentFormat.OpenXml.Wordprocessing.Drawing) continue;
            if (child.FirstChild is not null && child.FirstDescendant<T>() is { } deeper) return deeper;
        }
        return null;
    }
}
