using Microsoft.Graph;

namespace OfficeDx.SharePoint;

/// <summary>A Graph client and the HttpClient (with the SDK's middleware) it sends through.</summary>
public sealed record GraphConnection(GraphServiceClient Client, HttpClient Http);
