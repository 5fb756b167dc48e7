namespace OfficeDx.Cli.Commands;

/// <summary>Wraps a command body so that known failures become messages and exit codes, never stack traces.</summary>
internal static class CommandActions
{
    public static int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e)
        {
            return CliApplication.Report(e);
        }
    }
}
