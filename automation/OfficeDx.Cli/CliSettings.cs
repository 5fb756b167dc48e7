using Microsoft.Extensions.Configuration;
using OfficeDx.Documents.Profiles;
using Spectre.Console;

namespace OfficeDx.Cli;

/// <summary>
/// The settings every command shares with the service, read the same way: appsettings.json in the working directory, then
/// environment variables (OfficeDx__ProfilesFolder …). A municipality's profile folder makes its profiles usable by name in
/// every command, exactly as in the service.
/// </summary>
internal static class CliSettings
{
    private const string ProfilesFolderKey = "OfficeDx:ProfilesFolder";

    /// <summary>The option that names a profile folder for one run (before the environment variable and the configured folder).</summary>
    public const string ProfilesOption = "--profiles";

    /// <summary>Applies the shared settings; false (after a Japanese message naming the setting) when one is wrong.</summary>
    public static bool Apply(IReadOnlyList<string> args)
    {
        var appsettings = Path.Combine(Environment.CurrentDirectory, "appsettings.json");
        // Most runs have neither: then nothing is configured, and no configuration is built at start-up.
        if (!File.Exists(appsettings) && !EnvironmentSettings.Mention(ProfilesFolderKey)) return UseProfiles(args, configured: null);
        IConfiguration configuration;
        try
        {
            configuration = new ConfigurationBuilder()
                .AddJsonFile(appsettings, optional: true)
                .AddEnvironmentVariables()
                .Build();
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
        {
            Consoles.Error().MarkupLine($"[red]設定エラー[/] appsettings.json を読めません: {Markup.Escape(e.Message)}");
            return false;
        }
        return UseProfiles(args, configuration[ProfilesFolderKey]);
    }

    private static bool UseProfiles(IReadOnlyList<string> args, string? configured)
    {
        var index = args.ToList().FindIndex(a => a == ProfilesOption);
        var commandLine = index >= 0 && index + 1 < args.Count ? args[index + 1]
            : args.FirstOrDefault(a => a.StartsWith(ProfilesOption + "=", StringComparison.Ordinal))?[(ProfilesOption.Length + 1)..];
        try
        {
            // Read when a command first loads one: validate, status or --help read none, and reading a folder's profiles cost every
            // run about 0.15 s (docs/benchmarks.md, cold validate). serve checks them all at its start (ServiceOptionsValidation).
            ProfileLibrary.UseFolders(ProfileLibrary.FoldersFor(commandLine, configured), checkNow: false);
            return true;
        }
        catch (Exception e) when (e is ProfileException or IOException or UnauthorizedAccessException)
        {
            Consoles.Error().MarkupLine($"[red]設定エラー[/] プロファイルのフォルダー（{ProfilesOption}、{ProfileLibrary.EnvironmentVariable}、{ProfilesFolderKey}）: {Markup.Escape(e.Message)}");
            return false;
        }
    }
}
