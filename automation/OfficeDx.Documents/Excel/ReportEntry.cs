namespace OfficeDx.Documents.Excel;

/// <summary>
/// One line of the collect report: a workbook entry with its place (Sheet!B7), what the plan held, what the workbook held,
/// and what became of it. Conflicting entries share a <see cref="Key"/> so both sides are read together.
/// </summary>
public sealed record ReportEntry
{
    public ReportStatus Status { get; init; }
    public string File { get; init; } = "";
    /// <summary>Sheet!B7, or empty when the whole file is meant.</summary>
    public string Place { get; init; } = "";
    public string Department { get; init; } = "";
    public string? MeasureId { get; init; }
    /// <summary>What the entry changes, in words: 施策の名称, 令和4年度のスケジュール, 指標1 令和5年度実績, 用語 …</summary>
    public string Field { get; init; } = "";
    public string? Original { get; init; }
    public string? Value { get; init; }
    public string Message { get; init; } = "";
    /// <summary>What is changed, for grouping conflicts: the same key from two workbooks is the same field of the same measure.</summary>
    public string Key { get; init; } = "";
}
