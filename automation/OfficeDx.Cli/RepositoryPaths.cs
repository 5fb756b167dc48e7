namespace OfficeDx.Cli;

/// <summary>Finds the repository's templates folder from the working directory or the tool's own location.</summary>
internal static class RepositoryPaths
{
    public static DirectoryInfo? FindSamples()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = new DirectoryInfo(Path.Combine(dir.FullName, "templates", "samples"));
                if (candidate.Exists) return candidate;
            }
        }
        return null;
    }
}
