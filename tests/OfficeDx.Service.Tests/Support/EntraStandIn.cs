using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Service.Tests.Support;

/// <summary>
/// Entra ID stood in on 127.0.0.1: an OpenID Connect metadata document and a JWKS with a local RSA key, and tokens minted with
/// that key carrying the claims Entra puts in an access token for our API (aud, tid, roles, groups, scp, preferred_username).
/// The service validates them with Microsoft.Identity.Web exactly as it would validate Entra's.
/// </summary>
public sealed class EntraStandIn : IAsyncDisposable
{
    public const string TenantId = "7d1a4c2e-0000-4000-8000-0000000000aa";
    public const string ClientId = "5f0b9e31-0000-4000-8000-0000000000bb";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;

    private EntraStandIn(WebApplication app, RsaSecurityKey key, Uri address)
    {
        _app = app;
        _key = key;
        Instance = address.ToString();
    }

    /// <summary>What the service is configured with as OfficeDx:Entra:Instance.</summary>
    public string Instance { get; }

    public string Issuer => $"{Instance}{TenantId}/v2.0";

    public EntraOptions Options => new(TenantId, ClientId, Instance);

    public static async Task<EntraStandIn> StartAsync()
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = "odx-test-key" };
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelCore().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        string Base(HttpContext c) => $"{c.Request.Scheme}://{c.Request.Host}/";
        // Entra answers its metadata under every authority form (tenant id, v2.0); Microsoft.Identity.Web asks for the tenant's.
        app.MapGet("/{**path}", (HttpContext c, string path) =>
        {
            if (path.EndsWith("discovery/v2.0/keys", StringComparison.Ordinal) || path == "keys")
            {
                var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(rsa.ExportParameters(false)) { KeyId = key.KeyId });
                return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
            }
            if (path.EndsWith(".well-known/openid-configuration", StringComparison.Ordinal))
            {
                var b = Base(c);
                return Results.Json(new
                {
                    issuer = $"{b}{TenantId}/v2.0",
                    authorization_endpoint = $"{b}{TenantId}/oauth2/v2.0/authorize",
                    token_endpoint = $"{b}{TenantId}/oauth2/v2.0/token",
                    jwks_uri = $"{b}{TenantId}/discovery/v2.0/keys",
                    response_types_supported = new[] { "code", "id_token", "token" },
                    subject_types_supported = new[] { "pairwise" },
                    id_token_signing_alg_values_supported = new[] { "RS256" },
                    tenant_region_scope = "AS",
                });
            }
            return Results.NotFound();
        });
        await app.StartAsync();
        return new EntraStandIn(app, key, new Uri(app.Urls.Single() + "/"));
    }

    /// <summary>An access token for the API with the given app roles and group ids, signed with the stand-in's key.</summary>
    public string Token(IEnumerable<string> roles, IEnumerable<string>? groups = null, string user = "taro@city.example.jp", string? audience = null, TimeSpan? lifetime = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["tid"] = TenantId,
            ["oid"] = Guid.NewGuid().ToString(),
            ["preferred_username"] = user,
            ["name"] = user,
            ["scp"] = "access_as_user",
            ["ver"] = "2.0",
        };
        var roleList = roles.ToArray();
        if (roleList.Length > 0) claims["roles"] = roleList;
        var groupList = groups?.ToArray() ?? [];
        if (groupList.Length > 0) claims["groups"] = groupList;
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = audience ?? ClientId,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(30)),
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
