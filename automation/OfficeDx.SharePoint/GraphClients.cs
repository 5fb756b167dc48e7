using Azure.Core;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace OfficeDx.SharePoint;

/// <summary>
/// Builds the GraphServiceClient with the SDK's default middleware (retry on 429/503/504 honouring Retry-After, redirects
/// without the Authorization header to other hosts, compression). The base URL can point at a local stand-in for tests.
/// </summary>
public static class GraphClients
{
    public const string GraphBaseUrl = "https://graph.microsoft.com/v1.0";

    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    public static GraphServiceClient Create(TokenCredential credential, string? baseUrl = null, HttpMessageHandler? transport = null) =>
        Connect(credential, baseUrl, transport).Client;

    /// <summary>The client and the HttpClient under it (with the same middleware), for streaming downloads the SDK would buffer.</summary>
    public static GraphConnection Connect(TokenCredential credential, string? baseUrl = null, HttpMessageHandler? transport = null)
    {
        var url = new Uri(baseUrl ?? GraphBaseUrl);
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        var http = GraphClientFactory.Create(handlers, finalHandler: transport ?? new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        http.Timeout = TimeSpan.FromMinutes(10);
        // Tokens go only to the Graph host (or the stand-in); the pre-authenticated download host gets none.
        var authentication = new AzureIdentityAuthenticationProvider(credential, [url.Host], scopes: Scopes);
        return new GraphConnection(new GraphServiceClient(http, authentication, url.ToString().TrimEnd('/')), http);
    }
}
