using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace OfficeDx.SharePoint;

/// <summary>
/// Builds the GraphServiceClient with the SDK's default middleware (retry on 429/503/504 honouring Retry-After, redirects
/// without the Authorization header to other hosts, compression). Throttling is retried there and only there: the sources
/// and sinks above it do not retry statuses again. The base URL can point at a local stand-in for tests.
/// </summary>
public static class GraphClients
{
    public const string GraphBaseUrl = "https://graph.microsoft.com/v1.0";

    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>The SDK's retry policy, stated: at most 3 retries of a 429/503/504, each after Retry-After when the answer has one.</summary>
    public static RetryHandlerOption DefaultRetry => new() { MaxRetry = 3, Delay = 3 };

    public static GraphServiceClient Create(TokenCredential credential, string? baseUrl = null, HttpMessageHandler? transport = null, RetryHandlerOption? retry = null) =>
        Connect(credential, baseUrl, transport, retry).Client;

    /// <summary>The client and the HttpClient under it (with the same middleware), for streaming downloads the SDK would buffer.</summary>
    public static GraphConnection Connect(TokenCredential credential, string? baseUrl = null, HttpMessageHandler? transport = null, RetryHandlerOption? retry = null)
    {
        var url = new Uri(baseUrl ?? GraphBaseUrl);
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(handler => handler is RetryHandler ? new RetryHandler(retry ?? DefaultRetry) : handler).ToList();
        var http = GraphClientFactory.Create(handlers, finalHandler: transport ?? new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        http.Timeout = TimeSpan.FromMinutes(10);
        // Tokens go only to the Graph host (or the stand-in); the pre-authenticated download host gets none.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [url.Host], scopes: Scopes);
        return new GraphConnection(new GraphServiceClient(http, authentication, url.ToString().TrimEnd('/')), http);
    }
}
