namespace OfficeDx.Core.Tests.Support;

/// <summary>Finds files of the repository (sample plans, the plan schema) by walking up from the test assembly's folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string AkitaSamplePlan => Path.Combine(Root, "templates", "samples", "akita", "plan.json");

    public static string PlanSchema => Path.Combine(Root, "templates", "schema", "plan.schema.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "templates", "samples"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("templates/samples not found above " + AppContext.BaseDirectory);
    }
}
