using System.CommandLine;
using System.Globalization;
using OfficeDx.Storage;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx status: the recent harvest runs of a store, with times humanized in Japanese (English with --lang en or OFFICEDX_LANG=en).</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var store = new Option<string>("--store") { Description = "保存先（sqlite:ファイル または postgres:接続文字列）", DefaultValueFactory = _ => StoreHarvest.DefaultStore };
        var count = new Option<int>("--count") { Description = "表示する回収の数", DefaultValueFactory = _ => 10 };
        var command = new Command("status", "最近の回収の結果を表示します。") { store, count };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            try
            {
                return Show(StoreLocation.Parse(result.GetValue(store)!), Math.Max(1, result.GetValue(count)), DateTimeOffset.UtcNow, CliLanguage.Current);
            }
            catch (StoreException e)
            {
                Consoles.Error().MarkupError($"{Markup.Escape(e.Message)}");
                return CliApplication.BadInput;
            }
        }));
        return command;
    }

    private static int Show(StoreLocation location, int count, DateTimeOffset now, CultureInfo culture)
    {
        if (location.Kind == StoreKind.Sqlite && !File.Exists(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(location.ConnectionString).DataSource))
            throw new StoreException(CliMessages.StoreMissing(location.Display));
        var (runs, errors) = LoadAsync(location, count).GetAwaiter().GetResult();
        if (runs.Count == 0)
        {
            AnsiConsole.MarkupLine($"{Markup.Escape(location.Display)} にはまだ回収の記録がありません。");
            return CliApplication.Success;
        }
        var table = new Table().Title($"最近の回収（{Markup.Escape(location.Display)}）")
            .AddColumns("開始", "所要時間", "状態", "回収元", "対象", "取り込み", "変更なし", "削除", "失敗", "問題");
        foreach (var run in runs)
        {
            var c = run.Counts;
            table.AddRow(
                Markup.Escape(StatusTimes.Started(run.StartedAt, now, culture)),
                Markup.Escape(StatusTimes.Duration(run.StartedAt, run.FinishedAt, culture)),
                Label(run.Status), Markup.Escape(run.Source), c.Seen.ToString(culture), c.Harvested.ToString(culture), c.Unchanged.ToString(culture),
                c.Deleted.ToString(culture), c.Failed.ToString(culture), run.Errors.ToString(culture));
        }
        AnsiConsole.Write(table);
        if (errors.Count > 0)
        {
            AnsiConsole.MarkupLine($"直近の回収の問題（{errors.Count} 件）:");
            foreach (var e in errors.Take(20))
                AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(e.Path ?? "")}{(e.Place is null ? "" : " " + Markup.Escape(e.Place))}[/]: {Markup.Escape(e.Message)}");
        }
        return CliApplication.Success;
    }

    private static async Task<(IReadOnlyList<HarvestRunRecord> Runs, IReadOnlyList<HarvestErrorRecord> Errors)> LoadAsync(StoreLocation location, int count)
    {
        await using var store = await HarvestStore.OpenAsync(location);
        var runs = await store.RecentRunsAsync(count);
        return (runs, runs.Count == 0 ? [] : await store.ErrorsAsync(runs[0].RunId));
    }

    private static string Label(HarvestRunStatus status) => status switch
    {
        HarvestRunStatus.Completed => CliMessages.DoneMarkup,
        HarvestRunStatus.Incomplete => "[yellow]一部未取得[/]",
        HarvestRunStatus.CompletedWithErrors => "[yellow]完了（読めないファイルあり）[/]",
        HarvestRunStatus.Running => "実行中または中断",
        _ => CliMessages.FailedMarkup,
    };
}
