using System.Net;
using System.Text.Json;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Tests.Support;

namespace OfficeDx.Service.Tests;

/// <summary>
/// The panes learn how to sign in from /auth-config.json (addin/src/shared/auth.ts, loadAuthConfig): with OfficeDx:Entra set it
/// holds the client id, the scope and the tenant's authority, from configuration; without sign-in there is none (404).
/// </summary>
[TestClass]
public sealed class PaneSignInConfigTests
{
    [TestMethod]
    public async Task WithSignInTheServiceServesTheClientIdScopeAndAuthorityThePanesReadFromConfiguration()
    {
        await using var entra = await EntraStandIn.StartAsync();
        await using var service = await RunningService.StartAsync(new ServiceOptions
        {
            Entra = entra.Options with { Audience = "api://officedx.city.lg.jp/" + EntraStandIn.ClientId },
        });

        var response = await service.BareClient.GetAsync("/auth-config.json");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("no-store", response.Headers.CacheControl?.ToString());
        var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.AreEqual(EntraStandIn.ClientId, config.GetProperty("clientId").GetString());
        Assert.AreEqual($"api://officedx.city.lg.jp/{EntraStandIn.ClientId}/access_as_user", config.GetProperty("scope").GetString());
        Assert.AreEqual($"{entra.Instance.TrimEnd('/')}/{EntraStandIn.TenantId}", config.GetProperty("authority").GetString());
    }

    [TestMethod]
    public async Task AConfiguredScopeIsServedAsIs()
    {
        await using var service = await RunningService.StartAsync(new ServiceOptions
        {
            Entra = new EntraOptions("tenant-1", "client-1") { Scope = "api://example/custom_scope" },
        });

        var config = JsonDocument.Parse(await service.BareClient.GetStringAsync("/auth-config.json")).RootElement;

        Assert.AreEqual("api://example/custom_scope", config.GetProperty("scope").GetString());
        Assert.AreEqual("https://login.microsoftonline.com/tenant-1", config.GetProperty("authority").GetString());
    }

    [TestMethod]
    public async Task WithoutSignInThereIsNoAuthConfigSoThePanesCallWithoutAToken()
    {
        await using var service = await RunningService.StartAsync();

        Assert.AreEqual(HttpStatusCode.NotFound, (await service.BareClient.GetAsync("/auth-config.json")).StatusCode);
    }
}
