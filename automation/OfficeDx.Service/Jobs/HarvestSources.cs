using OfficeDx.SharePoint;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Service.Jobs;

/// <summary>Turns a configured source into a document source: a SharePoint library folder over Graph, or a folder on the server.</summary>
public static class HarvestSources
{
    /// <summary>Points the Graph client at another base URL (a local stand-in); unset in production.</summary>
    public const string GraphBaseUrlVariable = "OFFICEDX_GRAPH_BASE_URL";

    public static IDocumentSource Create(string text, Action<string> log)
    {
        if (SharePointLocation.IsSharePoint(text))
        {
            var credential = CredentialFactory.Create(GraphAuthOptions.FromEnvironment(), log);
            var connection = GraphClients.Connect(credential, Environment.GetEnvironmentVariable(GraphBaseUrlVariable) is { Length: > 0 } url ? url : null);
            return new GraphDriveSource(connection, SharePointLocation.Parse(text));
        }
        return new LocalFolderSource(new DirectoryInfo(text));
    }
}
