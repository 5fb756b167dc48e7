namespace OfficeDx.Storage;

/// <summary>How a harvest run ended.</summary>
public enum HarvestRunStatus
{
    /// <summary>Started and not finished: still running, or stopped from outside.</summary>
    Running,
    /// <summary>Every change was taken in; the delta link was saved.</summary>
    Completed,
    /// <summary>Every change was taken in, but some files were refused as damaged or too large (each recorded with its reason).</summary>
    CompletedWithErrors,
    /// <summary>Some documents could not be fetched; they are fetched again next run (the delta link was not advanced).</summary>
    Incomplete,
    /// <summary>The source could not be listed at all.</summary>
    Failed,
}
