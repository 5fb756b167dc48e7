namespace OfficeDx.Service.Problems;

/// <summary>A request the service refuses, carrying the status, the Japanese explanation and, where known, each bad place.</summary>
public sealed class ApiProblem(int status, string detail, IReadOnlyList<ProblemItem>? errors = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Detail { get; } = detail;
    public IReadOnlyList<ProblemItem> Errors { get; } = errors ?? [];
}

/// <summary>One bad place in a request or a document: a JSON path, a table row or an XPath, and what is wrong there.</summary>
public sealed record ProblemItem(string Place, string Message);
