using System.Net;
using System.Text.Json;

namespace OfficeDx.Service.Tests.Support;

/// <summary>Reads an RFC 7807 answer and checks it is one: the right status, the problem media type, a Japanese title and detail.</summary>
public static class ProblemAnswers
{
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.AreEqual(status, response.StatusCode, body);
        Assert.AreEqual("application/problem+json", response.Content.Headers.ContentType?.MediaType, body);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.AreEqual((int)status, problem.GetProperty("status").GetInt32());
        Assert.IsTrue(IsJapanese(problem.GetProperty("title").GetString()), body);
        Assert.IsTrue(IsJapanese(problem.GetProperty("detail").GetString()), body);
        Assert.DoesNotContain("   at ", body, "a problem document must not carry a stack trace");
        return problem;
    }

    private static bool IsJapanese(string? text) => text is not null && text.Any(c => c is >= '\u3040' and <= '\u30FF' or >= '\u4E00' and <= '\u9FFF');
}
