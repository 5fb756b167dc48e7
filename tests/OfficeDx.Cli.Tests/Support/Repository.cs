using System.Reflection;

namespace OfficeDx.Cli.Tests.Support;

/// <summary>The repository the tests were built from, found by walking up to a folder with templates/samples.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "templates", "samples");

    public static string SamplePlan(string name) => Path.Combine(Samples, name, "plan.json");

    private static string FindRoot()
    {
        // The build output is normally inside the repository; with --artifacts-path it is not, so fall back to where the project was built from.
        var builtFrom = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        foreach (var start in new[] { AppContext.BaseDirectory, builtFrom })
        {
            if (start is null) continue;
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "templates", "samples"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"templates/samples not found above {AppContext.BaseDirectory} or {builtFrom}");
    }
}
