using Microsoft.AspNetCore.Http;
using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Requests;

/// <summary>Checks a requested measure with the plan validator's own rules, reporting places as paths of the request.</summary>
public static class MeasureRules
{
    private const string MeasurePath = "$.areas[0].measures[0]";

    public static void Check(MeasureFragmentRequest request)
    {
        // The validator checks whole plans: the measure is checked as the only measure of a plan whose other fields are
        // filled, and only the problems about the measure and the period are passed on.
        var plan = new Plan
        {
            Id = "request",
            Municipality = "request",
            Title = "request",
            Profile = request.Profile,
            Period = request.Period,
            Areas = [new Area { Id = "request", Title = "request", Measures = [request.Measure] }],
        };
        var problems = PlanValidator.Validate(plan)
            .Where(p => p.Path.StartsWith(MeasurePath, StringComparison.Ordinal) || p.Path.StartsWith("$.period", StringComparison.Ordinal))
            .Select(p => new ProblemItem(p.Path.StartsWith(MeasurePath, StringComparison.Ordinal) ? "$.measure" + p.Path[MeasurePath.Length..] : p.Path, p.Message))
            .ToArray();
        if (problems.Length > 0)
            throw new ApiProblem(StatusCodes.Status400BadRequest, $"施策の内容に {problems.Length} 件の誤りがあります: {problems[0].Place} {problems[0].Message}", problems);
    }
}
