namespace OfficeDx.Core.Validation;

/// <summary>One thing wrong with a plan, located by its JSON path (e.g. $.areas[0].measures[2].schedule[1]).</summary>
public sealed record PlanProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
