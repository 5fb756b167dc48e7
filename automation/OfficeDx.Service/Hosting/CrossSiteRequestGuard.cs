using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Hosting;

/// <summary>
/// Refuses cross-site request forgery on the API's state-changing calls (POST, PUT, PATCH, DELETE under /api): a call from a page
/// of a foreign origin (neither the service's own nor a configured add-in origin) is refused, and so is any call a foreign page could
/// send without a CORS preflight — a form post or text/plain body with neither the add-in's header (<see cref="ClientHeader"/>)
/// nor a bearer token.
/// </summary>
public sealed class CrossSiteRequestGuard(RequestDelegate next, IReadOnlyCollection<string> allowedOrigins)
{
    /// <summary>The header the task panes send with every call; a browser sends it cross-site only after a preflight the CORS policy answers.</summary>
    public const string ClientHeader = "X-OfficeDx-Client";

    /// <summary>The content types a page may post to any site without a preflight (the Fetch standard's CORS-safelisted ones).</summary>
    private static readonly string[] SimpleContentTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api") || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            return next(context);

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(request, origin) && !allowedOrigins.Contains(origin, StringComparer.OrdinalIgnoreCase))
            throw new ApiProblem(StatusCodes.Status403Forbidden,
                $"別のサイト（{origin}）のページからの呼び出しは受け付けません。OfficeDx のアドインから操作してください。",
                [new ProblemItem("Origin", $"「{origin}」は許可されたオリジンではありません。")]);

        if (!request.Headers.ContainsKey(ClientHeader) && !HasBearerToken(request) && IsSimpleContentType(request.ContentType))
            throw new ApiProblem(StatusCodes.Status403Forbidden,
                $"この呼び出しには {ClientHeader} ヘッダーか Authorization: Bearer が必要です（フォームや text/plain で送られた呼び出しは、別のサイトからのなりすましを防ぐために受け付けません）。"
                + " JSON（Content-Type: application/json）で送るか、ヘッダーを付けてください。",
                [new ProblemItem(ClientHeader, "ヘッダーがありません。")]);
        return next(context);
    }

    private static bool IsOwnOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    private static bool HasBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static bool IsSimpleContentType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return true;
        var mediaType = MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.MediaType.Value ?? "" : contentType;
        return SimpleContentTypes.Contains(mediaType.Trim(), StringComparer.OrdinalIgnoreCase);
    }
}
