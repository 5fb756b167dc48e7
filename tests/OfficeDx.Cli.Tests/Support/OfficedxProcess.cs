using System.Diagnostics;
using System.Text;

namespace OfficeDx.Cli.Tests.Support;

/// <summary>Runs the real officedx program (officedx.dll copied next to the tests) as a child process.</summary>
public static class OfficedxProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The built officedx.dll next to the test assembly.</summary>
    public static string DllPath { get; } = FindDll();

    /// <summary>Runs <c>dotnet officedx.dll args…</c> in <paramref name="workingDirectory"/>, capturing stdout and stderr as UTF-8.</summary>
    public static OfficedxResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, DefaultTimeout, args);

    public static OfficedxResult Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        Start(workingDirectory, timeout, new Dictionary<string, string?>(), args);

    /// <summary>Runs officedx with extra environment variables (settings given as OfficeDx__Key).</summary>
    public static OfficedxResult Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Start(workingDirectory, timeout, environment.ToDictionary(e => e.Key, e => (string?)e.Value), args);

    /// <summary>Runs officedx with <paramref name="environment"/> set (a null value removes the variable), e.g. LANG=C.UTF-8.</summary>
    public static OfficedxResult Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args) =>
        Start(workingDirectory, DefaultTimeout, environment, args);

    private static OfficedxResult Start(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?> environment, string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"officedx {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s.{Environment.NewLine}"
                + $"--- stdout ---{Environment.NewLine}{stdout.Result}{Environment.NewLine}--- stderr ---{Environment.NewLine}{stderr.Result}");
        }
        process.WaitForExit(); // drains the redirected streams
        return new OfficedxResult(args, process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The dotnet host running the tests, so officedx runs on the same runtime.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    private static string FindDll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "officedx.dll");
        if (!File.Exists(path)) throw new FileNotFoundException("officedx.dll is not next to the tests; is the OfficeDx.Cli project referenced?", path);
        return path;
    }
}
