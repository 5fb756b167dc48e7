namespace OfficeDx.Storage.Workbooks;

/// <summary>
/// One filled cell of a department workbook, keyed by measure, field, indicator number and fiscal year (0 where they do not
/// apply), with its place (施策!F5) so a reader can find it in the file.
/// </summary>
public sealed record SubmittedValue(string MeasureId, string Field, int IndicatorNo, int FiscalYear, string Value, string Place)
{
    /// <summary>The field of a fiscal-year (schedule) column on the 施策 sheet.</summary>
    public const string ScheduleField = "工程";

    /// <summary>The field of an actual value on the 指標 sheet.</summary>
    public const string ActualField = "実績";

    /// <summary>
    /// Starts the measure id of a measure proposed in a row without a 施策ID: new: and its name as typed (trimmed). The workbook
    /// (document) and the name are the key, so harvesting the file again keeps the rows and editing the proposal's other cells
    /// updates them; renaming it replaces its rows.
    /// </summary>
    public const string ProposalPrefix = "new:";

    /// <summary>Starts the measure id of a term proposed on the 用語 sheet: term: and the term as typed (trimmed).</summary>
    public const string TermPrefix = "term:";

    public (string, string, int, int) Key => (MeasureId, Field, IndicatorNo, FiscalYear);
}
