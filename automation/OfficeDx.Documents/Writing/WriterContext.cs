using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Writing;

/// <summary>What the parts of one document being written share: the profile, the years shown, and id counters.</summary>
internal sealed class WriterContext(Profile profile, PlanPeriod period, bool bookmarkTags = false, string? fragmentScope = null)
{
    public Profile Profile { get; } = profile;
    public IReadOnlyList<FiscalYear> Years { get; } = period.Years().ToArray();
    public TableGeometry Geometry { get; } = TableGeometry.For(profile, period.Length);
    public ContentControls Controls { get; } = new(bookmarkTags, fragmentScope);
    public WordMarkup Markup => _markup ??= new WordMarkup(Controls);
    public ArrowSegments Arrows { get; } = new();

    private WordMarkup? _markup;

    public string Format(FiscalYear year) => year.Format(Profile.FiscalYearStyle);
}
