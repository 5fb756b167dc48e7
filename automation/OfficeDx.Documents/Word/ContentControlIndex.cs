using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OfficeDx.Documents.Word;

/// <summary>Finds tagged content controls under an element without looking into nested areas or measures.</summary>
internal static class ContentControlIndex
{
    public static string? TagOf(OpenXmlElement element) =>
        element is SdtElement sdt ? sdt.SdtProperties?.GetFirstChild<Tag>()?.Val?.Value : null;

    public static IEnumerable<(string Tag, SdtElement Control)> Tagged(OpenXmlElement root, Func<string, bool>? stopAt = null)
    {
        foreach (var child in root.ChildElements)
        {
            if (TagOf(child) is { } tag)
            {
                yield return (tag, (SdtElement)child);
                if (stopAt?.Invoke(tag) == true) continue;
            }
            foreach (var nested in Tagged(child, stopAt)) yield return nested;
        }
    }

    public static OpenXmlElement Content(SdtElement control) =>
        control.Elements<OpenXmlCompositeElement>().FirstOrDefault(e => e is SdtContentBlock or SdtContentRun or SdtContentCell or SdtContentRow) ?? control;
}
