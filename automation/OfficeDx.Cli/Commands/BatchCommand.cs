using System.CommandLine;
using OfficeDx.Core.Model;
using OfficeDx.Core.Text;
using OfficeDx.Documents.Revisions;
using OfficeDx.Storage;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx batch: many editions from a manifest, in parallel, with a progress bar and a summary; failures are isolated.</summary>
internal static class BatchCommand
{
    public static Command Create()
    {
        var manifestArgument = new Argument<FileInfo>("manifest") { Description = "一括処理の指定ファイル（JSON）" };
        var allowOutside = new Option<bool>("--allow-outside") { Description = "指定ファイルのフォルダの外にも書き出す（既定では外の出力先を拒否します）" };
        var command = new Command("batch", "指定ファイルに並べた計画・版をまとめて作成します。") { manifestArgument, allowOutside };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var manifest = BatchManifest.Load(result.GetValue(manifestArgument)!.FullName, result.GetValue(allowOutside));
            IReadOnlyList<BatchResult> results = [];
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("版を作成中", maxValue: manifest.Jobs.Count);
                    results = BatchRunner.Run(manifest, _ => task.Increment(1), LoadPlan);
                    task.Description = CliMessages.ProgressDone;
                });

            var failed = results.Where(r => !r.Succeeded).ToArray();
            // Jobs are named by their start: a megabyte-long name took seconds to lay out in the table (fuzz run 7, #41031).
            var table = new Table().Title("一括処理の結果").AddColumns("ジョブ", "施策数", "変更", "時間", "結果");
            foreach (var r in results)
                table.AddRow(Markup.Escape(ShortQuote.Of(r.Job.Name)), r.Measures.ToString(), r.Changes.ToString(), $"{r.Elapsed.TotalMilliseconds:0} ms", r.Succeeded ? CliMessages.DoneMarkup : CliMessages.FailedMarkup);
            AnsiConsole.Write(table);
            foreach (var r in failed) AnsiConsole.MarkupLine($"[red]{Markup.Escape(ShortQuote.Of(r.Job.Name))}[/]: {Markup.Escape(ShortQuote.Of(r.Failure!, 300))}");
            AnsiConsole.MarkupLine($"{results.Count - failed.Length} 件完了、{failed.Length} 件失敗");
            return failed.Length == 0 ? CliApplication.Success : CliApplication.Differences;
        }));
        return command;
    }

    private static readonly Lock StoreGate = new();

    /// <summary>A job's plan: a plan.json, or a plan in the harvest store, which fails that job alone when it cannot be read.</summary>
    private static Plan LoadPlan(string plan)
    {
        if (!plan.StartsWith(PlanSource.StorePrefix, StringComparison.OrdinalIgnoreCase)) return PlanSource.Load(plan);
        // Opening a store checks its migrations; jobs reading the same store take turns rather than race on that.
        lock (StoreGate)
        {
            try
            {
                return PlanSource.Load(plan);
            }
            catch (StoreException e)
            {
                throw new FormatException(Redaction.Redact(e.Message), e);
            }
        }
    }
}
