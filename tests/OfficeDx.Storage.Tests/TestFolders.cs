using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Storage.Tests;

/// <summary>Temporary folders of generated plan documents for harvest tests.</summary>
public static class TestFolders
{
    public static DirectoryInfo Create()
    {
        var dir = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "odx-storage-" + Guid.NewGuid().ToString("N")));
        dir.Create();
        return dir;
    }

    public static Plan Sample(string name) => PlanFile.Load(RepositoryFiles.SamplePlan(name));

    public static IReadOnlyList<string> SampleNames() =>
        Directory.GetDirectories(RepositoryFiles.Samples).Where(d => File.Exists(Path.Combine(d, "plan.json"))).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    public static void WritePlan(DirectoryInfo folder, string relativePath, Plan plan)
    {
        var path = Path.Combine(folder.FullName, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile)));
    }
}
