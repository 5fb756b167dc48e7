namespace OfficeDx.Cli.Tests.Support;

/// <summary>What one run of officedx did: its exit code and everything it wrote.</summary>
public sealed record OfficedxResult(string[] Arguments, int ExitCode, string StdOut, string StdErr)
{
    /// <summary>A description for assertion messages: the command line, exit code and both streams.</summary>
    public override string ToString() =>
        $"officedx {string.Join(' ', Arguments)}{Environment.NewLine}exit code: {ExitCode}{Environment.NewLine}"
        + $"--- stdout ---{Environment.NewLine}{StdOut}{Environment.NewLine}--- stderr ---{Environment.NewLine}{StdErr}";
}
