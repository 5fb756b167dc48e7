namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// How many copies one repeat mutation may add: enough to pass every limit of the entry points (the service's 10 MB body, the
/// 4 MB plan), never so many that the fuzzer itself, not the entry point, runs out of memory building or sending the input.
/// </summary>
public static class RepeatBudget
{
    /// <summary>Most bytes one repeat mutation adds.</summary>
    public const long MaxAddedBytes = 24L * 1024 * 1024;

    /// <summary>The copies to make of an element <paramref name="elementBytes"/> long when <paramref name="wanted"/> were drawn: never fewer than two.</summary>
    public static int Copies(int wanted, long elementBytes) => (int)Math.Min(wanted, Math.Max(2, MaxAddedBytes / Math.Max(1, elementBytes)));
}
