using System.CommandLine;
using OfficeDx.Service.Hosting;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx demo: builds every sample plan into a fresh folder of its own (out/demo-TIME unless --out names an empty one), harvests each back and prints a summary table.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var samples = new Option<DirectoryInfo?>("--samples") { Description = "サンプルのフォルダ（省略時は templates/samples）" };
        var output = new Option<DirectoryInfo?>("--out") { Description = "出力先フォルダ（空か無いフォルダ。省略時は新しい out/demo-日時）" };
        var command = new Command("demo", "すべてのサンプル計画を Word 文書にし、回収して元と一致するか確かめます。") { samples, output };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var root = result.GetValue(samples) ?? PlanFolderSearch.Find().Select(path => new DirectoryInfo(path)).FirstOrDefault()
                ?? throw new DirectoryNotFoundException("templates/samples が見つかりません。--samples で指定してください。");
            var outRoot = DemoFolder.Prepare(result.GetValue(output), DateTime.Now);
            var plans = root.GetFiles("plan.json", SearchOption.AllDirectories).OrderBy(f => f.FullName, StringComparer.Ordinal).ToArray();
            if (plans.Length == 0) throw new FileNotFoundException($"{root.FullName} に plan.json がありません。");

            var outcomes = new List<SampleOutcome>();
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .Start(progress =>
                {
                    var task = progress.AddTask("サンプルを作成・回収中", maxValue: plans.Length);
                    foreach (var plan in plans)
                    {
                        task.Description = $"{plan.Directory!.Name} を処理中";
                        outcomes.Add(SampleRoundTrip.Run(plan, outRoot));
                        task.Increment(1);
                    }
                    task.Description = CliMessages.ProgressDone;
                });

            var table = new Table().Title("サンプルの作成と回収").AddColumns("サンプル", "施策数", "検査エラー", "回収の問題", "差異", "時間", "結果");
            foreach (var o in outcomes)
            {
                table.AddRow(Markup.Escape(o.Name), o.Measures.ToString(), o.ValidationErrors.ToString(), o.Problems.Count.ToString(),
                    o.Differences.Count.ToString(), $"{o.Elapsed.TotalMilliseconds:0} ms", o.Passed ? "[green]一致[/]" : "[red]不一致[/]");
            }
            AnsiConsole.Write(table);
            foreach (var o in outcomes.Where(o => !o.Passed))
            {
                AnsiConsole.MarkupLine($"[red]{Markup.Escape(o.Name)}[/]:");
                if (o.Failure is not null) AnsiConsole.MarkupLine($"  {Markup.Escape(o.Failure)}");
                foreach (var p in o.Problems) AnsiConsole.MarkupLine($"  {Markup.Escape(p.ToString())}");
                foreach (var d in o.Differences) AnsiConsole.MarkupLine($"  {Markup.Escape(d)}");
            }
            AnsiConsole.MarkupLine($"出力先: {Markup.Escape(outRoot.FullName)}");
            DemoHarvest.Run(outRoot);
            return outcomes.All(o => o.Passed) ? CliApplication.Success : CliApplication.Differences;
        }));
        return command;
    }
}
