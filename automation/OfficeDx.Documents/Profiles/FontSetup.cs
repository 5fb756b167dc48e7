namespace OfficeDx.Documents.Profiles;

/// <summary>Fonts named on the eastAsia and Latin slots, and sizes in points.</summary>
public sealed record FontSetup
{
    public string Body { get; init; } = "游明朝";
    public string Heading { get; init; } = "游ゴシック";
    public double BodySize { get; init; } = 10.5;
    public double TableSize { get; init; } = 10;
    public double ScheduleLabelSize { get; init; } = 7;
}
