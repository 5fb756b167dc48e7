using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OfficeDx.Core.Json;

namespace OfficeDx.Service.Endpoints;

/// <summary>An answer to work that is already committed: it must reach the caller even when the time budget ran out meanwhile.</summary>
public interface ICommittedAnswer : IResult;

/// <summary>
/// The JSON answer to a request whose work is already committed (a stored submission): written whole even when the request's time
/// budget ran out meanwhile. ASP.NET Core's own JSON writing stops quietly at a cancelled RequestAborted, which would leave a 200
/// without its body for a submission that is stored.
/// </summary>
public sealed class CommittedAnswer<T>(T value) : ICommittedAnswer
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, PlanJson.Options);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = bytes.Length;
        await httpContext.Response.Body.WriteAsync(bytes, CancellationToken.None);
    }
}
