namespace OfficeDx.Service.DxOffice;

/// <summary>Where a department stands for a plan edition.</summary>
public enum SubmissionState
{
    /// <summary>未提出: no workbook of the department has been harvested for the plan.</summary>
    NotSubmitted,
    /// <summary>提出済み: its workbook was harvested without findings.</summary>
    Submitted,
    /// <summary>要修正: its workbook has findings (cells that could not be taken).</summary>
    NeedsFix,
}

/// <summary>The console's words for each state.</summary>
public static class SubmissionStateNames
{
    public static string Label(this SubmissionState state) => state switch
    {
        SubmissionState.Submitted => "提出済み",
        SubmissionState.NeedsFix => "要修正",
        _ => "未提出",
    };
}
