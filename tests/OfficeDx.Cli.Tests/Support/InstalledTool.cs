using System.Diagnostics;
using System.Text;

namespace OfficeDx.Cli.Tests.Support;

/// <summary>
/// officedx as a municipality installs it: the project packed (`dotnet pack`, from the build the tests already made) into a
/// temporary folder and installed from that local package with `dotnet tool install --tool-path`. Packed and installed once per
/// test run; every test using it runs the installed `officedx` command, not the build output.
/// </summary>
public static class InstalledTool
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The installed officedx command (the apphost dotnet tool install writes into the tool path).</summary>
    public static string Command => Installed.Value;

    public static OfficedxResult Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        Execute(Command, workingDirectory, timeout, new Dictionary<string, string>(), args);

    /// <summary>Starts the installed officedx without waiting: for `serve`, which runs until it is stopped.</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = StartInfo(Command, workingDirectory, environment, args);
        return Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
    }

    private static string Install()
    {
        var root = Directory.CreateTempSubdirectory("odx-tool-").FullName;
        var packages = Path.Combine(root, "packages");
        var tools = Path.Combine(root, "tools");
        var project = Path.Combine(RepositoryFiles.Root, "automation", "OfficeDx.Cli", "OfficeDx.Cli.csproj");
        // --no-build packs what building the tests built (same configuration): the tool is packed from exactly the tested code, quickly.
        Succeed(Execute(Dotnet(), root, TimeSpan.FromMinutes(5), new Dictionary<string, string>(), "pack", project, "--no-build", "--configuration", Configuration, "--output", packages));
        var package = Directory.GetFiles(packages, "officedx.*.nupkg").Single();
        var version = Path.GetFileNameWithoutExtension(package)["officedx.".Length..];
        Succeed(Execute(Dotnet(), root, TimeSpan.FromMinutes(5), new Dictionary<string, string>(), "tool", "install", "officedx", "--tool-path", tools, "--add-source", packages, "--version", version));
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "officedx.exe" : "officedx");
        if (!File.Exists(command)) throw new FileNotFoundException("dotnet tool install did not write the officedx command", command);
        return command;
    }

    private const string Configuration =
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    private static void Succeed(OfficedxResult result)
    {
        if (result.ExitCode != 0) throw new InvalidOperationException(result.ToString());
    }

    private static OfficedxResult Execute(string file, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(file, workingDirectory, environment, args)) ?? throw new InvalidOperationException("could not start " + file);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:0} s.\n{stdout.Result}\n{stderr.Result}");
        }
        process.WaitForExit();
        return new OfficedxResult(args, process.ExitCode, stdout.Result, stderr.Result);
    }

    private static ProcessStartInfo StartInfo(string file, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo(file)
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
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The installed apphost finds the runtime the tests run on.
        if (Path.GetDirectoryName(Dotnet()) is { Length: > 0 } dotnetRoot && File.Exists(Dotnet())) start.Environment["DOTNET_ROOT"] = dotnetRoot;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return start;
    }

    private static string Dotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        return "dotnet";
    }
}
