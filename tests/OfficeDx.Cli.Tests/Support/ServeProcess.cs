using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace OfficeDx.Cli.Tests.Support;

/// <summary>`officedx serve` as its own process on a port the system picks, with a client pointed at it; stopped (killed) on dispose.</summary>
public sealed partial class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServeProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>Everything the process wrote so far (for assertion messages).</summary>
    public string Log
    {
        get
        {
            lock (_log) return _log.ToString();
        }
    }

    /// <summary>Starts `officedx serve args…` (the built officedx.dll, or <paramref name="command"/>, an installed tool) and waits until it listens.</summary>
    public static async Task<ServeProcess> StartAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string? command, params string[] args)
    {
        var start = new ProcessStartInfo(command ?? Dotnet())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        if (command is null) start.ArgumentList.Add(OfficedxProcess.DllPath);
        start.ArgumentList.Add("serve");
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var serve = new ServeProcess(process);
        void Line(string? line)
        {
            if (line is null) return;
            lock (serve._log) serve._log.AppendLine(line);
            if (Listening().Match(line) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Line(e.Data);
        process.ErrorDataReceived += (_, e) => Line(e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("officedx serve ended before listening"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            serve.Address = await listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            serve.Dispose();
            Assert.Fail($"officedx serve {string.Join(' ', args)} did not start: {e.Message}\n{serve.Log}");
        }
        var handler = new HttpClientHandler
        {
            // A certificate the deployment test generated for 127.0.0.1 is trusted here only.
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
        };
        serve.Client = new HttpClient(handler) { BaseAddress = serve.Address, Timeout = TimeSpan.FromMinutes(5) };
        return serve;
    }

    public void Dispose()
    {
        Client?.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // never started
        }
        _process.Dispose();
    }

    private static string Dotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }

    [GeneratedRegex(@"OfficeDx サービス: (https?://\S+?)(?:（|\s|$)")]
    private static partial Regex Listening();
}
