using OfficeDx.Cli;

namespace OfficeDx.Fuzz.Running;

/// <summary>officedx run in this process for building the corpus, where any failure is the fuzzer's own fault.</summary>
public static class Officedx
{
    public static void Run(params string[] args)
    {
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = CliApplication.Run(args);
        }
        finally
        {
            Console.SetError(previous);
        }
        if (code is not (CliApplication.Success or CliApplication.Differences))
            throw new InvalidOperationException($"officedx {string.Join(' ', args)} exited {code}: {error}");
    }
}
