using System.Globalization;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// The demo's output folder: always one of its own, so that the harvest at the end stores only what this demo wrote
/// (never other files lying in ./out) and a rerun never mixes with an earlier one.
/// </summary>
internal static class DemoFolder
{
    /// <summary>The folder <c>--out</c> names (missing or empty, else refused), or a new <c>out/demo-yyyyMMdd-HHmmss</c>.</summary>
    public static DirectoryInfo Prepare(DirectoryInfo? requested, DateTime now)
    {
        if (requested is not null)
        {
            if (requested.Exists && requested.EnumerateFileSystemInfos().Any())
                throw new CommandLineUsageException(CliMessages.DemoOutputNotEmpty(requested.FullName));
            return Directory.CreateDirectory(requested.FullName);
        }
        var stem = Path.Combine("out", "demo-" + now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
        var candidate = stem;
        for (var n = 2; Directory.Exists(candidate); n++) candidate = $"{stem}-{n}";
        return Directory.CreateDirectory(candidate);
    }
}
