namespace OfficeDx.Core.Validation;

/// <summary>A plan file that cannot be used, with every problem found and where it is.</summary>
public sealed class PlanFileException(string file, IReadOnlyList<PlanProblem> problems)
    : Exception($"{file}: " + string.Join(Environment.NewLine + "  ", problems.Select(p => p.ToString())))
{
    public string File { get; } = file;
    public IReadOnlyList<PlanProblem> Problems { get; } = problems;
}
