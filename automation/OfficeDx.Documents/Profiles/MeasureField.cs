namespace OfficeDx.Documents.Profiles;

/// <summary>A row of the measure table, bound to a field of the plan model.</summary>
public enum MeasureField
{
    Name,
    Issues,
    Overview,
    MainActions,
    Schedule,
    Indicators,
    Departments,
}
