namespace OfficeDx.Documents.Profiles;

/// <summary>Paper and margins, in millimetres.</summary>
public sealed record PageSetup
{
    public double WidthMm { get; init; } = 210;
    public double HeightMm { get; init; } = 297;
    public double TopMm { get; init; } = 25;
    public double BottomMm { get; init; } = 25;
    public double LeftMm { get; init; } = 20;
    public double RightMm { get; init; } = 20;
    public double LabelColumnMm { get; init; } = 34;
}
