using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>Column widths of a measure table: the label column, then one equal column per fiscal year.</summary>
internal sealed record TableGeometry(int LabelTwips, IReadOnlyList<int> YearTwips)
{
    public int TotalTwips => LabelTwips + YearTwips.Sum();

    public static TableGeometry For(Profile profile, int yearCount)
    {
        var page = profile.Page;
        var text = WordUnits.MmToTwips(page.WidthMm - page.LeftMm - page.RightMm);
        var label = WordUnits.MmToTwips(page.LabelColumnMm);
        var each = (text - label) / yearCount;
        var years = Enumerable.Repeat(each, yearCount).ToArray();
        years[^1] += text - label - each * yearCount;
        return new TableGeometry(label, years);
    }
}
