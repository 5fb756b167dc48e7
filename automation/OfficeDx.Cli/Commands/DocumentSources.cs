using OfficeDx.SharePoint;
using OfficeDx.Storage.Harvesting;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>Turns a --source value into a document source: <c>sharepoint:HOST/sites/NAME/LIBRARY/FOLDER</c> or a local folder.</summary>
internal static class DocumentSources
{
    /// <summary>Points the Graph client at another base URL (a local stand-in); unset in production.</summary>
    public const string GraphBaseUrlVariable = "OFFICEDX_GRAPH_BASE_URL";

    public static IDocumentSource Create(string text)
    {
        if (SharePointLocation.IsSharePoint(text))
        {
            var location = SharePointLocation.Parse(text);
            var credential = CredentialFactory.Create(GraphAuthOptions.FromEnvironment(), message => Consoles.Error().WriteLine(message));
            var connection = GraphClients.Connect(credential, Environment.GetEnvironmentVariable(GraphBaseUrlVariable) is { Length: > 0 } url ? url : null);
            return new GraphDriveSource(connection, location);
        }
        var folder = new DirectoryInfo(text);
        if (!folder.Exists) throw new DirectoryNotFoundException($"回収元のフォルダ {folder.FullName} がありません。");
        return new LocalFolderSource(folder);
    }
}
