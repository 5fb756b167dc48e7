using System.Net;
using Microsoft.AspNetCore.Http;

namespace OfficeDx.Service.DxOffice;

/// <summary>
/// Keeps the DX office's console to this machine until sign-in and roles guard it: a request to /console from another address
/// is refused with 403 and a Japanese explanation.
/// </summary>
public sealed class LoopbackOnly(RequestDelegate next)
{
    public const string Path = "/console";
    private const string Assets = "/console-assets";

    public async Task InvokeAsync(HttpContext context)
    {
        if ((context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase) || context.Request.Path.StartsWithSegments(Assets, StringComparison.OrdinalIgnoreCase))
            && context.Connection.RemoteIpAddress is { } address && !IPAddress.IsLoopback(address))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("DX 推進担当のコンソールは、サインインと役割の設定が入るまで、サービスを動かしているパソコンからだけ開けます。");
            return;
        }
        await next(context);
    }
}
