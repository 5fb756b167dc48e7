using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Reports;

/// <summary>
/// One value a department sent back for a measure (a 工程 of a fiscal year on 施策, a 実績 on 指標): what the progress report
/// is built from, together with the plan. The store's submissions table holds exactly these.
/// </summary>
public sealed record ReportedValue(
    string MeasureId, string Field, int IndicatorNo, FiscalYear? FiscalYear, string Value, string Department, DateTimeOffset ReportedAt)
{
    /// <summary>The field of a fiscal year's phase on the 施策 sheet (as the store's submissions name it).</summary>
    public const string ScheduleField = "工程";

    /// <summary>The field of an actual value on the 指標 sheet.</summary>
    public const string ActualField = "実績";
}
