using Microsoft.Data.Sqlite;
using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Storage;

namespace OfficeDx.Cli.Commands;

/// <summary>A plan given on the command line: a plan.json file, or <c>store:sqlite:FILE#PLAN</c> / <c>store:postgres:CONNECTION#PLAN</c> for a harvested one.</summary>
internal static class PlanSource
{
    public const string StorePrefix = "store:";

    /// <summary>What --plan accepts, for help texts.</summary>
    public const string Help = "plan.json、または回収した保存先の計画 store:sqlite:ファイル#計画ID（postgres:接続文字列#計画ID も可。# のあとは文書のパスでも可）";

    public static Plan Load(string text)
    {
        if (StoreReference(text) is not var (location, key)) return PlanFile.Load(Path.GetFullPath(text));
        return LoadAsync(location, key).GetAwaiter().GetResult();
    }

    /// <summary>The store and plan key of a <c>store:…#KEY</c> reference (the store must exist), or null for a plan file.</summary>
    public static (StoreLocation Location, string Key)? StoreReference(string text)
    {
        if (!text.StartsWith(StorePrefix, StringComparison.OrdinalIgnoreCase)) return null;
        var reference = text[StorePrefix.Length..];
        // The plan id comes after the last #: a PostgreSQL password may itself hold a #, a plan id never does.
        var hash = reference.LastIndexOf('#');
        if (hash < 0 || hash == reference.Length - 1)
            throw new StoreException("保存先の計画は store:sqlite:out/officedx.db#計画ID のように、# のあとに計画 ID（または文書のパス）を付けて指定してください。");
        var location = StoreLocation.Parse(reference[..hash]);
        if (location.Kind == StoreKind.Sqlite && !File.Exists(new SqliteConnectionStringBuilder(location.ConnectionString).DataSource))
            throw new StoreException(CliMessages.StoreMissing(location.Display));
        return (location, reference[(hash + 1)..]);
    }

    private static async Task<Plan> LoadAsync(StoreLocation location, string key)
    {
        await using var store = await HarvestStore.OpenAsync(location);
        return (await StoredPlanLookup.FindAsync(store, key)).Plan;
    }
}
