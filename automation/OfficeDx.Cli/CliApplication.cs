using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using Microsoft.Extensions.Configuration;
using OfficeDx.Cli.Commands;
using OfficeDx.Cli.Help;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using Spectre.Console;

namespace OfficeDx.Cli;

/// <summary>The officedx command line: composes the commands and turns known failures into plain Japanese messages and exit codes.</summary>
public static class CliApplication
{
    public const int Success = 0;
    public const int Differences = 1;
    public const int BadInput = 2;
    public const int Unexpected = 70;

    public static int Run(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        Consoles.Configure();
        CliLanguage.Apply(CliLanguage.Resolve(args, Environment.GetEnvironmentVariable(CliLanguage.EnvironmentVariable)));
        // `validate FILE…`: the AOT validator starts now, on the other core, while the settings and the commands are read.
        NativeValidation.StartEarly(args);
        try
        {
            return RunCommand(args);
        }
        finally
        {
            NativeValidation.Abandon();
        }
    }

    private static int RunCommand(string[] args)
    {
        if (!CliSettings.Apply(args)) return BadInput;
        var root = new RootCommand("OfficeDx — 自治体DX推進計画の施策表・工程表を Word と JSON の間で作成・回収するツール")
        {
            GenerateCommand.Create(),
            HarvestCommand.Create(),
            ValidateCommand.Create(),
            DemoCommand.Create(),
            StatusCommand.Create(),
            ServeCommand.Create(),
            ManifestCommand.Create(),
            GlossaryCommand.Create(),
            ExcelCommand.Create(),
            ImportCommand.Create(),
            ProfileCommand.Create(),
            ReviseCommand.Create(),
            BatchCommand.Create(),
            ReportCommand.Create(),
            CliLanguage.CreateOption(),
        };
        // Read before parsing (CliSettings), declared here so that every command accepts it.
        root.Options.Add(new Option<string>(CliSettings.ProfilesOption)
        {
            Description = "プロファイルのフォルダー（名前.json を名前で使えるようにする。環境変数 OFFICEDX_PROFILES、設定 OfficeDx:ProfilesFolder より先に探す）",
            Recursive = true,
        });
        LocalizedHelp.Install(root);
        try
        {
            // The same limits `serve` reads, from the environment here (OfficeDx__Limits__MaxPartBytes=…); without any, the defaults stand.
            if (EnvironmentSettings.Mention(InputLimits.Section))
                OfficeDx.Service.Hosting.InputLimitsConfiguration.Apply(new ConfigurationBuilder().AddEnvironmentVariables().Build());
            var parsed = root.Parse(args);
            // A mistyped command line is bad input (2), not "problems found" (1), which System.CommandLine would return;
            // its errors are worded in Japanese (System.CommandLine 2.0.0 has no Japanese for them).
            if (parsed.Errors.Count > 0 && parsed.Action is ParseErrorAction) return JapaneseParseErrors.Report(parsed);
            var exitCode = LocalizedHelp.Invoke(parsed);
            return parsed.Errors.Count > 0 ? BadInput : exitCode;
        }
        catch (Exception e)
        {
            return Report(e);
        }
    }

    /// <summary>Prints a known failure without a stack trace and returns its exit code.</summary>
    public static int Report(Exception exception)
    {
        var error = Consoles.Error();
        switch (exception)
        {
            case PlanFileException plan:
                error.MarkupError($"計画ファイル [bold]{Markup.Escape(plan.File)}[/] に {plan.Problems.Count} 件の問題があります:");
                foreach (var problem in plan.Problems)
                    error.MarkupLine($"  [yellow]{Markup.Escape(problem.Path)}[/]: {Markup.Escape(problem.Message)}");
                return BadInput;
            case UnreadableFileException document:
                error.MarkupError($"[bold]{Markup.Escape(document.File)}[/]: {Markup.Escape(document.Reason)}");
                return BadInput;
            case ProfileException profile:
                error.MarkupError($"{Markup.Escape(profile.Message)}");
                return BadInput;
            case CommandLineUsageException usage:
                error.MarkupError(Markup.Escape(usage.Message));
                return BadInput;
            case FormatException format:
                // Our own readers (edition labels, batch manifests, restructuring maps) raise these with a Japanese message naming the file.
                error.MarkupError($"{Markup.Escape(format.Message)}");
                return BadInput;
            case IOException or UnauthorizedAccessException:
                error.MarkupError($"ファイルを読み書きできません: {Markup.Escape(exception.Message)}");
                return BadInput;
            default:
                error.MarkupLine($"[red]予期しないエラー[/] {Markup.Escape(exception.GetType().Name)}: {Markup.Escape(exception.Message)}");
                return Unexpected;
        }
    }
}
