using System.Net.Http.Headers;
using System.Text.Json;
using OfficeDx.Fuzz.Running;

namespace OfficeDx.Fuzz.Targets;

/// <summary>A service endpoint and how an input becomes its request (a multipart or raw upload, or a JSON body).</summary>
public sealed record HttpTarget(string Name, InputKind Kind, Func<FuzzCase, Random, HttpRequestMessage> Request)
{
    /// <summary>The header the add-in sends on every call (a request a foreign page cannot send without a CORS preflight).</summary>
    public const string ClientHeader = "X-OfficeDx-Client";

    public static HttpRequestMessage Upload(string path, FuzzCase input, string fileName, string mediaType, Random random)
    {
        HttpRequestMessage request;
        if (random.Next(2) == 0)
        {
            var form = new MultipartFormDataContent();
            var file = new ByteArrayContent(input.Bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            form.Add(file, "file", fileName);
            request = new HttpRequestMessage(HttpMethod.Post, path) { Content = form };
        }
        else
        {
            var separator = path.Contains('?') ? '&' : '?';
            request = new HttpRequestMessage(HttpMethod.Post, $"{path}{separator}name={fileName}") { Content = new ByteArrayContent(input.Bytes) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(random.Next(3) == 0 ? "application/octet-stream" : mediaType);
        }
        request.Headers.Add(ClientHeader, "fuzz");
        return AskBeforeSending(request, input.Bytes.Length);
    }

    public static HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ClientHeader, "fuzz");
        return request;
    }

    public static HttpRequestMessage Form(string path, IReadOnlyDictionary<string, string> fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(ClientHeader, "fuzz");
        return request;
    }

    public static HttpRequestMessage Json(string path, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(ClientHeader, "fuzz");
        return AskBeforeSending(request, body.Length);
    }

    /// <summary>
    /// A large body is sent after the server's 100 Continue, as curl and browsers do: a body past the service's limit then gets its 413
    /// before it is sent. Sent regardless, Kestrel answers 413 and closes the connection while the client is still writing, which a client
    /// sees as a broken connection, not as an answer.
    /// </summary>
    private static HttpRequestMessage AskBeforeSending(HttpRequestMessage request, long size)
    {
        if (size > 1024 * 1024) request.Headers.ExpectContinue = true;
        return request;
    }

    /// <summary>2xx is accepted, 4xx a refusal whose problem document must read as Japanese, 5xx a bug.</summary>
    public static Verdict Judge(int status, string body)
    {
        if (status is >= 200 and < 300) return Verdict.Accepted($"{status}");
        var detail = Detail(body);
        if (status is >= 400 and < 500)
            return Messages.WhyUnreadable(detail) is { } why ? Verdict.Bug($"{status}, {why}: {CliTarget.Trim(detail)}") : Verdict.Refused($"{status}: {CliTarget.Trim(detail)}");
        return Verdict.Bug($"{status}: {CliTarget.Trim(detail)}");
    }

    private static string Detail(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.ValueKind != JsonValueKind.Object) return body;
            return problem.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String ? detail.GetString()!
                : problem.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String ? title.GetString()! : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }
}
