using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OfficeDx.Core.Json;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Requests;

/// <summary>Reads a JSON request body with the plan file's rules (camel case, 和暦 years, unknown members refused), explaining each mistake by its JSON path.</summary>
public static class JsonBody
{
    public static async Task<T> ReadAsync<T>(HttpRequest request) where T : class
    {
        if (request.ContentType is { } type && !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            && !type.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            throw new ApiProblem(StatusCodes.Status415UnsupportedMediaType, $"JSON（Content-Type: application/json）で送ってください（送られたのは {type} です）。");
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(request.Body, PlanJson.Options, request.HttpContext.RequestAborted)
                ?? throw new ApiProblem(StatusCodes.Status400BadRequest, "リクエストの本文が空（null）です。");
        }
        catch (JsonException e)
        {
            var place = JsonErrorText.Place(e);
            throw new ApiProblem(StatusCodes.Status400BadRequest, $"JSON の {place}: {JsonErrorText.Explain(e)}",
                [new ProblemItem(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, JsonErrorText.Explain(e))]);
        }
    }
}
