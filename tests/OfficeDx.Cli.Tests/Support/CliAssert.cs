namespace OfficeDx.Cli.Tests.Support;

/// <summary>Assertions on how officedx ended and what it printed.</summary>
public static class CliAssert
{
    public const int Success = 0;
    public const int Problems = 1;
    public const int BadInput = 2;

    public static void ExitCode(int expected, OfficedxResult result) =>
        Assert.AreEqual(expected, result.ExitCode, $"unexpected exit code{Environment.NewLine}{result}");

    public static void Contains(string expected, string actual, OfficedxResult result, string stream) =>
        Assert.IsTrue(actual.Contains(expected, StringComparison.Ordinal), $"{stream} should contain 「{expected}」{Environment.NewLine}{result}");

    public static void StdOutContains(OfficedxResult result, params string[] expected)
    {
        foreach (var text in expected) Contains(text, result.StdOut, result, "stdout");
    }

    public static void StdErrContains(OfficedxResult result, params string[] expected)
    {
        foreach (var text in expected) Contains(text, result.StdErr, result, "stderr");
    }

    /// <summary>Bad input: exit code 2, a message naming the file, and no stack trace or .NET exception text.</summary>
    public static void RejectedAsBadInput(OfficedxResult result, string file, params string[] reasons)
    {
        ExitCode(BadInput, result);
        StdErrContains(result, "エラー", file);
        StdErrContains(result, reasons);
        NoStackTrace(result);
    }

    public static void NoStackTrace(OfficedxResult result)
    {
        foreach (var leak in new[] { "   at ", "Exception:", "System." })
        {
            Assert.IsFalse(result.StdErr.Contains(leak, StringComparison.Ordinal), $"stderr should not contain 「{leak}」 (a stack trace or .NET exception){Environment.NewLine}{result}");
        }
    }
}
