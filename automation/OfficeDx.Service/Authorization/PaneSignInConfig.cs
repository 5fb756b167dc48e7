using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Service.Authorization;

/// <summary>
/// What the task panes need to sign in, served as /auth-config.json beside them when the service has sign-in (OfficeDx:Entra):
/// the add-in's client id, the API scope Office SSO and MSAL ask a token for, and the tenant's authority. Without sign-in there is
/// no such file (404), which tells the panes to call without a token. Nothing in it is secret.
/// </summary>
public static class PaneSignInConfig
{
    public const string Path = "/auth-config.json";

    /// <summary>The scope name the app registration exposes (docs/deploy.md section 4).</summary>
    public const string ScopeName = "access_as_user";

    public static void Map(WebApplication app, ServiceOptions options)
    {
        if (options.Entra is not { } entra) return;
        var config = For(entra);
        app.MapGet(Path, (HttpContext context) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                return Results.Json(config);
            })
            .ExcludeFromDescription();
    }

    /// <summary>The panes' sign-in settings: scope = OfficeDx:Entra:Scope, else the audience (api://…/client id) + /access_as_user.</summary>
    public static PaneAuthConfig For(EntraOptions entra) => new(
        entra.ClientId,
        entra.Scope ?? $"{(entra.Audience is { Length: > 0 } audience ? audience : $"api://{entra.ClientId}")}/{ScopeName}",
        $"{entra.Instance.TrimEnd('/')}/{entra.TenantId}");
}

/// <summary>auth-config.json as addin/src/shared/auth.ts reads it (AuthConfig there).</summary>
public sealed record PaneAuthConfig(string ClientId, string Scope, string Authority);
