using OfficeDx.SharePoint;
using OfficeDx.Storage;
using OfficeDx.Storage.Exports;
using OfficeDx.Storage.Harvesting;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx harvest --source … --store …: takes a folder or a SharePoint library into the store with a progress bar.</summary>
internal static class StoreHarvest
{
    public const string DefaultStore = "sqlite:out/officedx.db";

    public static int Run(string sourceText, string storeText, DirectoryInfo? export, string? sinkText = null)
    {
        try
        {
            var sink = sinkText is null ? null : ListSinks.Parse(sinkText);
            var source = DocumentSources.Create(sourceText);
            var location = StoreLocation.Parse(storeText);
            var outcome = Harvest(source, location, AnsiConsole.Console);
            Summarise(outcome, location);
            if (export is not null)
            {
                var files = ExportAsync(location, export).GetAwaiter().GetResult();
                AnsiConsole.MarkupLine($"書き出しました: {Markup.Escape(string.Join("、", files.Select(f => f.Name)))}（{Markup.Escape(export.FullName)}）");
            }
            if (sink is not null && outcome.Status != HarvestRunStatus.Failed)
            {
                var written = ListSinks.Write(location, sink);
                AnsiConsole.MarkupLine($"SharePoint リストに書き込みました: 追加 {written.Created} 件、更新 {written.Updated} 件、変更なし {written.Unchanged} 件、削除 {written.Deleted} 件（{Markup.Escape(sink.ToString())}）");
            }
            return outcome.Status switch
            {
                HarvestRunStatus.Failed => CliApplication.BadInput,
                HarvestRunStatus.Completed when outcome.Errors.Count == 0 => CliApplication.Success,
                _ => CliApplication.Differences,
            };
        }
        catch (Exception e) when (e is StoreException or SharePointException or SourceUnavailableException)
        {
            Consoles.Error().MarkupError($"{Markup.Escape(Redaction.Redact(e.Message))}");
            return CliApplication.BadInput;
        }
    }

    /// <summary>A command line that cannot work as given: the reason, and exit code 2.</summary>
    public static int Usage(string message)
    {
        Consoles.Error().MarkupError($"{Markup.Escape(message)}");
        return CliApplication.BadInput;
    }

    /// <summary>Runs one harvest with a progress bar on <paramref name="console"/>.</summary>
    public static HarvestOutcome Harvest(IDocumentSource source, StoreLocation location, IAnsiConsole console)
    {
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask("一覧を取得中", maxValue: 1);
                await using var store = await HarvestStore.OpenAsync(location);
                var reporter = new ActionProgress<HarvestProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = p.Current is null ? "回収中" : Markup.Escape(Shorten(p.Current));
                });
                var outcome = await new Harvester(store).RunAsync(source, reporter);
                task.Value = task.MaxValue;
                task.Description = CliMessages.ProgressDone;
                return outcome;
            }).GetAwaiter().GetResult();
    }

    private static void Summarise(HarvestOutcome outcome, StoreLocation location)
    {
        var c = outcome.Counts;
        var status = outcome.Status switch
        {
            HarvestRunStatus.Completed => CliMessages.DoneMarkup,
            HarvestRunStatus.Incomplete => "[yellow]一部未取得（次回の回収で再取得）[/]",
            HarvestRunStatus.CompletedWithErrors => "[yellow]完了（読めないファイルあり）[/]",
            _ => CliMessages.FailedMarkup,
        };
        AnsiConsole.MarkupLine($"回収 {status}: 対象 {c.Seen} 件、取り込み {c.Harvested} 件、変更なし {c.Unchanged} 件、削除 {c.Deleted} 件、失敗 {c.Failed} 件 → {Markup.Escape(location.Display)}");
        if (outcome.Errors.Count == 0) return;
        var error = Consoles.Error();
        error.MarkupLine($"[yellow]問題が {outcome.Errors.Count} 件あります[/]:");
        foreach (var e in outcome.Errors.Take(50))
            error.MarkupLine($"  [yellow]{Markup.Escape(e.Path ?? "")}{(e.Place is null ? "" : " " + Markup.Escape(e.Place))}[/]: {Markup.Escape(e.Message)}");
        if (outcome.Errors.Count > 50) error.MarkupLine($"  ほか {outcome.Errors.Count - 50} 件（officedx status で確認できます）");
    }

    private static async Task<IReadOnlyList<FileInfo>> ExportAsync(StoreLocation location, DirectoryInfo folder)
    {
        await using var store = await HarvestStore.OpenAsync(location);
        return await StoreExport.WriteAllAsync(store, folder);
    }

    private static string Shorten(string path) => path.Length <= 40 ? path : "…" + path[^39..];

    /// <summary>Reports on the caller's thread: Progress&lt;T&gt; would post to the thread pool and update the bar out of order.</summary>
    private sealed class ActionProgress<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }
}
