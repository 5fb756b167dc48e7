using OfficeDx.SharePoint;
using OfficeDx.SharePoint.Lists;
using OfficeDx.Storage;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx harvest --sink sharepoint-list:…: writes the store's measures and indicator progress to a SharePoint list for dashboards.</summary>
internal static class ListSinks
{
    public static SharePointListLocation Parse(string text) => SharePointListLocation.IsSharePointList(text)
        ? SharePointListLocation.Parse(text)
        : throw new SharePointException($"書き込み先（--sink）「{text}」を読めません。sharepoint-list:テナント.sharepoint.com/sites/サイト名/リスト名 の形で指定してください。");

    public static ListSinkOutcome Write(StoreLocation store, SharePointListLocation list) => WriteAsync(store, list).GetAwaiter().GetResult();

    private static async Task<ListSinkOutcome> WriteAsync(StoreLocation location, SharePointListLocation list)
    {
        IReadOnlyList<StoredPlan> plans;
        await using (var store = await HarvestStore.OpenAsync(location))
            plans = await StoredPlans.LoadAsync(store);
        var credential = CredentialFactory.Create(GraphAuthOptions.FromEnvironment(), message => Consoles.Error().WriteLine(message));
        var client = GraphClients.Create(credential, Environment.GetEnvironmentVariable(DocumentSources.GraphBaseUrlVariable) is { Length: > 0 } url ? url : null);
        return await new SharePointListSink(client, list).WriteAsync(MeasureProgressRows.From(plans), MeasureProgressRows.Keys(plans));
    }
}
