using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>Finds the repository's sample plans from the test's output folder.</summary>
public static class Samples
{
    public static string Root { get; } = FindRoot();

    public static string PlanPath(string name) => Path.Combine(Root, "templates", "samples", name, "plan.json");

    public static Plan Load(string name) => PlanFile.Load(PlanPath(name));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "templates", "samples"))) return dir.FullName;
        }
        throw new DirectoryNotFoundException("templates/samples not found above " + AppContext.BaseDirectory);
    }
}
