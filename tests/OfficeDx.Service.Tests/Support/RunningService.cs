using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Service.Tests.Support;

/// <summary>The real service on 127.0.0.1 with a port the system picks, and a client pointed at it.</summary>
public sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningService(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
        // The tests call as the add-in does: with its client header (CrossSiteRequestGuard refuses a form post without it).
        Client.DefaultRequestHeaders.Add(CrossSiteRequestGuard.ClientHeader, "tests");
        BareClient = new HttpClient { BaseAddress = address };
    }

    public Uri Address { get; }
    public HttpClient Client { get; }

    /// <summary>The running service's services (its endpoint data source, options …).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>A client without the add-in's header: a browser page of any site, a script, an attacker's form.</summary>
    public HttpClient BareClient { get; }

    public static async Task<RunningService> StartAsync(ServiceOptions? options = null)
    {
        var app = ServiceHost.Build((options ?? new ServiceOptions()) with { Urls = ["http://127.0.0.1:0"], JsonLogs = false });
        await app.StartAsync();
        return new RunningService(app, new Uri(app.Urls.Single()));
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, string contentType = "application/json") =>
        Client.PostAsync(path, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(contentType)));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        BareClient.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
