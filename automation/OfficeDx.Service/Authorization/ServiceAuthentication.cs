using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Service.Authorization;

/// <summary>
/// Bearer tokens validated by Microsoft.Identity.Web against the configured tenant, and one authorization policy per app role.
/// Without Entra settings none of it is registered: the service then answers loopback callers only (see the settings validation).
/// </summary>
public static class ServiceAuthentication
{
    public static void Add(IServiceCollection services, ServiceOptions options)
    {
        if (options.Entra is not { } entra) return;
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddMicrosoftIdentityWebApi(jwt =>
            {
                jwt.RequireHttpsMetadata = !IsLocalStandIn(entra);
                if (entra.Audience is { Length: > 0 } audience) jwt.TokenValidationParameters.ValidAudiences = [audience, entra.ClientId, $"api://{entra.ClientId}"];
            }, identity =>
            {
                identity.Instance = entra.Instance;
                identity.TenantId = entra.TenantId;
                identity.ClientId = entra.ClientId;
            });
        // Why a token was refused goes to the log (never to the caller): an expired token, another tenant, a wrong audience.
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var next = jwt.Events.OnAuthenticationFailed;
            jwt.Events.OnAuthenticationFailed = async context =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("OfficeDx.Authentication")
                    .LogWarning("トークンを受け付けませんでした: {Reason}", context.Exception.Message);
                await next(context);
            };
        });
        if (IsLocalStandIn(entra))
        {
            // An identity provider on this machine (the tests' stand-in for Entra ID) serves its metadata over http, which
            // Microsoft.Identity.Web's Entra issuer validator refuses to fetch: its tokens are checked against the one issuer its
            // metadata names, with the same signature, audience and lifetime checks as Entra's.
            services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.RequireHttpsMetadata = false;
                jwt.TokenValidationParameters.IssuerValidator = null;
                jwt.TokenValidationParameters.ValidIssuer = $"{entra.Instance.TrimEnd('/')}/{entra.TenantId}/v2.0";
            });
        }
        services.AddAuthorizationBuilder()
            .AddPolicy(AppRoles.AnyRolePolicy, p => p.RequireRole(AppRoles.Drafter, AppRoles.Department, AppRoles.DxOffice))
            .AddPolicy(AppRoles.DrafterPolicy, p => p.RequireRole(AppRoles.Drafter, AppRoles.DxOffice))
            .AddPolicy(AppRoles.DepartmentPolicy, p => p.RequireRole(AppRoles.Department, AppRoles.DxOffice))
            .AddPolicy(AppRoles.DxOfficePolicy, p => p.RequireRole(AppRoles.DxOffice));
    }

    private static bool IsLocalStandIn(EntraOptions entra) =>
        Uri.TryCreate(entra.Instance, UriKind.Absolute, out var instance) && instance.IsLoopback && instance.Scheme == Uri.UriSchemeHttp;

    public static void Use(WebApplication app, ServiceOptions options)
    {
        if (options.Entra is null) return;
        app.UseAuthentication();
        app.UseAuthorization();
    }

    /// <summary>A group of endpoints that needs <paramref name="policy"/> when the service has authentication, and nothing more otherwise.</summary>
    public static RouteGroupBuilder Require(RouteGroupBuilder group, ServiceOptions options, string policy)
    {
        if (options.Entra is not null) group.RequireAuthorization(policy);
        return group;
    }
}
