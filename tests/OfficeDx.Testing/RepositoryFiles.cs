using System.Reflection;

namespace OfficeDx.Testing;

/// <summary>
/// Finds files of the repository (sample plans, the plan schema) by walking up from the test assembly's folder, or, when the
/// build output lives outside the repository (dotnet test --artifacts-path), from the project folder recorded at build time.
/// </summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "templates", "samples");

    public static string SamplePlan(string name) => Path.Combine(Samples, name, "plan.json");

    /// <summary>A seed text (the published plan's PDF text) the samples were built from, kept in templates/seeds.</summary>
    public static string Seed(string fileName) => Path.Combine(Root, "templates", "seeds", fileName);

    /// <summary>The inputs the README's examples use (templates/examples).</summary>
    public static string Examples => Path.Combine(Root, "templates", "examples");

    public static string PlanSchema => Path.Combine(Root, "templates", "schema", "plan.schema.json");

    private static string FindRoot()
    {
        var projectDirectory = typeof(RepositoryFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "OfficeDx.ProjectDirectory")?.Value;
        string?[] starts = [AppContext.BaseDirectory, projectDirectory];
        foreach (var start in starts.OfType<string>())
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "templates", "samples"))) return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException($"templates/samples not found above {AppContext.BaseDirectory} or {projectDirectory}");
    }
}
