namespace OfficeDx.Core.Model;

/// <summary>A municipal DX plan: the one interchange model of OfficeDx.</summary>
public sealed record Plan
{
    public const int CurrentSchemaVersion = 1;
    /// <summary>The profile of a plan that names none; Documents knows it as ProfileLibrary.Default.</summary>
    public const string DefaultProfile = "akita";

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;
    public string Id { get; init; } = "";
    public string Municipality { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The edition as printed on the cover, e.g. 令和5年3月改訂.</summary>
    public string? Edition { get; init; }
    /// <summary>The house-style profile the plan is written in.</summary>
    public string Profile { get; init; } = DefaultProfile;
    public PlanPeriod Period { get; init; } = new();
    public IReadOnlyList<Area> Areas { get; init; } = [];
    /// <summary>The plan's glossary, in marker order where the document numbers its terms.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; init; } = [];

    public IEnumerable<Area> AllAreas() => Areas.SelectMany(a => a.SelfAndDescendants());

    public IEnumerable<Measure> AllMeasures() => AllAreas().SelectMany(a => a.Measures);
}
