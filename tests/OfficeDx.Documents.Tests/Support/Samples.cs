using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;

namespace OfficeDx.Documents.Tests.Support;

/// <summary>The repository's sample plans, loaded the way the CLI loads them.</summary>
public static class Samples
{
    public static string PlanPath(string name) => RepositoryFiles.SamplePlan(name);

    public static Plan Load(string name) => PlanFile.Load(PlanPath(name));
}
