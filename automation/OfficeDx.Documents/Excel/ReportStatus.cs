namespace OfficeDx.Documents.Excel;

/// <summary>What became of one entry a workbook held.</summary>
public enum ReportStatus
{
    /// <summary>反映: written into plan.next.json.</summary>
    Accepted,
    /// <summary>却下: not written; the report says why and where.</summary>
    Rejected,
    /// <summary>競合: two departments changed the same thing differently; neither value was written.</summary>
    Conflict,
    /// <summary>注意: nothing was lost, but the DX office should know (a measure's row is missing, so nothing changed).</summary>
    Notice,
}

/// <summary>The Japanese words the report uses for each status.</summary>
public static class ReportStatusNames
{
    public static string Label(this ReportStatus status) => status switch
    {
        ReportStatus.Accepted => "反映",
        ReportStatus.Rejected => "却下",
        ReportStatus.Conflict => "競合",
        ReportStatus.Notice => "注意",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
