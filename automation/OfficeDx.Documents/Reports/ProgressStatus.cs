namespace OfficeDx.Documents.Reports;

/// <summary>Where a measure stands in the report's fiscal year, as its department reported it.</summary>
public enum ProgressStatus
{
    /// <summary>予定どおり: the reported phase for the year is the planned one or further along.</summary>
    OnSchedule,
    /// <summary>遅れ: the department reported an earlier phase than planned, or none where one was planned.</summary>
    Delayed,
    /// <summary>完了: the measure is finished (listed under 実施済みの施策).</summary>
    Completed,
    /// <summary>未報告: no department workbook has reported on the measure.</summary>
    NotReported,
}

/// <summary>The words the report, the workbook and the console use for each status.</summary>
public static class ProgressStatusNames
{
    /// <summary>The statuses in the order the overview chart and tables show them.</summary>
    public static IReadOnlyList<ProgressStatus> All { get; } =
        [ProgressStatus.OnSchedule, ProgressStatus.Delayed, ProgressStatus.Completed, ProgressStatus.NotReported];

    public static string Label(this ProgressStatus status) => status switch
    {
        ProgressStatus.OnSchedule => "予定どおり",
        ProgressStatus.Delayed => "遅れ",
        ProgressStatus.Completed => "完了",
        ProgressStatus.NotReported => "未報告",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
