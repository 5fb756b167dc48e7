using System.CommandLine;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx generate: plan.json → .docx in the plan's (or a given) profile.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var plan = new Option<FileInfo>("--plan") { Description = CliMessages.PlanFileOption, Required = true };
        var output = new Option<FileInfo>("--out") { Description = "書き出す Word 文書（.docx）", Required = true };
        var profile = new Option<string?>("--profile") { Description = CliMessages.ProfileOption };
        var command = new Command("generate", "計画ファイルから Word 文書を作成します。") { plan, output, profile };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var planFile = result.GetValue(plan)!;
            var loaded = PlanFile.Load(planFile.FullName);
            var style = CommandProfiles.Choose(result.GetValue(profile), loaded);
            var target = result.GetValue(output)!;
            // Content the profile's table has no row for would silently vanish from the document: say so first.
            var unshown = ProfileCoverage.Unshown(loaded, style);
            foreach (var (path, message) in unshown)
                Consoles.Error().MarkupLine($"[yellow]注意[/] {Markup.Escape(path)}: {Markup.Escape(message)}");
            target.Directory?.Create();
            PlanDocumentWriter.Write(loaded, style, target.FullName);
            AnsiConsole.MarkupLine($"[green]作成しました[/] {Markup.Escape(target.FullName)}（施策 {loaded.AllMeasures().Count()} 件、プロファイル {Markup.Escape(style.Name)}）");
            return CliApplication.Success;
        }));
        return command;
    }
}
