using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// `validate` through officedx-validate, the same <see cref="DocumentValidation"/> compiled ahead of time (automation/OfficeDx.NativeValidate),
/// when a publish for this machine's runtime put it beside officedx: under the JIT the Open XML SDK validator spends about 0.4 s of a
/// 0.7 s cold run building its element metadata, compiled ahead of time about 0.05 s. Without the helper (a build, the portable tool
/// package), with input limits configured, or with OFFICEDX_NATIVE_VALIDATE=0, every file is validated in process as before.
/// </summary>
internal sealed class NativeValidation : IDisposable
{
    /// <summary>The helper's file name beside officedx (.exe added on Windows).</summary>
    public const string Helper = "officedx-validate";

    /// <summary>Set to 0, the helper is not used.</summary>
    public const string EnvironmentVariable = "OFFICEDX_NATIVE_VALIDATE";

    private readonly Process process;
    private int left;
    private bool stopped;

    private NativeValidation(Process process, int files)
    {
        this.process = process;
        left = files;
    }

    private static NativeValidation? early;
    private static string[] earlyFiles = [];

    /// <summary>
    /// Starts the helper before the settings and the command line are read when the command line is plainly `validate FILE…`, so that
    /// it validates on the other core while officedx starts (reading the profile folders alone can take 0.1 s); <see cref="Start"/>
    /// takes it if the parsed command asks for the same files, and <see cref="Abandon"/> stops it if the run ends otherwise.
    /// </summary>
    public static void StartEarly(IReadOnlyList<string> args)
    {
        if (args.Count < 2 || args[0] != "validate" || args.Skip(1).Any(a => a.StartsWith('-') || a.StartsWith('@'))) return;
        // Input limits from the environment are applied in process; Start would not use the helper.
        if (EnvironmentSettings.Mention(InputLimits.Section)) return;
        FileInfo[] files;
        try
        {
            files = args.Skip(1).Select(a => new FileInfo(a)).ToArray();
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return;
        }
        early = Launch(files);
        earlyFiles = files.Select(f => f.FullName).ToArray();
    }

    /// <summary>Stops a helper <see cref="StartEarly"/> started that no command took (bad settings, a mistyped command line).</summary>
    public static void Abandon()
    {
        early?.Dispose();
        early = null;
    }

    /// <summary>The helper started on <paramref name="files"/>, or null when they are to be validated in process.</summary>
    public static NativeValidation? Start(IReadOnlyList<FileInfo> files)
    {
        if (early is { } started)
        {
            early = null;
            if (earlyFiles.SequenceEqual(files.Select(f => f.FullName), StringComparer.Ordinal)) return started;
            started.Dispose();
        }
        return Launch(files);
    }

    private static NativeValidation? Launch(IReadOnlyList<FileInfo> files)
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) == "0") return null;
        // The helper applies the default limits only; configured ones (OfficeDx__Limits__…) are applied in process.
        if (InputLimits.Current != new InputLimits()) return null;
        var path = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? Helper + ".exe" : Helper);
        if (!File.Exists(path)) return null;
        var start = new ProcessStartInfo(path)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            StandardOutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            // Whatever goes wrong in the helper is reported by the in-process validation that takes over, not by the helper.
            RedirectStandardError = true,
        };
        // The cultures CliLanguage chose, so that anything culture-dependent in a description is worded as in process.
        start.ArgumentList.Add(CultureInfo.CurrentCulture.Name);
        start.ArgumentList.Add(CultureInfo.CurrentUICulture.Name);
        foreach (var file in files) start.ArgumentList.Add(file.FullName);
        try
        {
            if (Process.Start(start) is not { } process) return null;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            return new NativeValidation(process, files.Count);
        }
        catch (Exception e) when (e is Win32Exception or IOException or UnauthorizedAccessException)
        {
            // Not executable here (a package extracted without its execute bit, say): in process then.
            return null;
        }
    }

    /// <summary>
    /// The errors of the next file, in the order given to <see cref="Start"/>; null once the helper has stopped (at a file it could not
    /// validate, which is then validated in process with the rest, so that its failure is reported exactly as before).
    /// </summary>
    public IReadOnlyList<DocumentValidationError>? Next()
    {
        if (stopped || left == 0) return null;
        var line = process.StandardOutput.ReadLine();
        if (line is null)
        {
            stopped = true;
            return null;
        }
        left--;
        using var json = JsonDocument.Parse(line);
        return json.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => new DocumentValidationError(Text(e, "part"), Text(e, "xpath"), Text(e, "description"), Text(e, "id")))
            .ToArray();
    }

    private static string Text(JsonElement error, string name) => error.GetProperty(name).GetString() ?? "";

    public void Dispose()
    {
        // Left early (a failure in process): the helper is not left validating files nobody reads.
        if (!stopped && left > 0)
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It had just finished.
            }
        }
        process.WaitForExit();
        process.Dispose();
    }
}
