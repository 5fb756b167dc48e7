using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>The demo's last step: harvest the generated folder (local folder source) into a SQLite store and print what it holds.</summary>
internal static class DemoHarvest
{
    public const string StoreFile = "officedx.db";

    public static void Run(DirectoryInfo outRoot)
    {
        var storeFile = Path.Combine(outRoot.FullName, StoreFile);
        var location = StoreLocation.Sqlite(storeFile);
        var outcome = StoreHarvest.Harvest(new LocalFolderSource(outRoot), location, AnsiConsole.Console);
        var counts = CountAsync(location).GetAwaiter().GetResult();
        var c = outcome.Counts;
        AnsiConsole.MarkupLine(
            $"回収して保存しました: 文書 {c.Seen} 件（取り込み {c.Harvested}、変更なし {c.Unchanged}、削除 {c.Deleted}、失敗 {c.Failed}）→ 計画 {counts.Plans} 件、施策 {counts.Measures} 件、工程 {counts.Schedule} 件、指標 {counts.Indicators} 件 [dim]({Markup.Escape(location.Display)})[/]");
        AnsiConsole.MarkupLine($"回収の記録を見るには: {Markup.Escape(CliMessages.StatusHint(storeFile))}");
    }

    private static async Task<(string Plans, string Measures, string Schedule, string Indicators)> CountAsync(StoreLocation location)
    {
        await using var store = await HarvestStore.OpenAsync(location);
        var row = (await store.QueryAsync("""
            SELECT (SELECT COUNT(*) FROM plans), (SELECT COUNT(*) FROM measures), (SELECT COUNT(*) FROM schedule), (SELECT COUNT(*) FROM indicators)
            """))[0];
        return (row[0]!, row[1]!, row[2]!, row[3]!);
    }
}
