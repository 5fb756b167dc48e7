using System.CommandLine;
using OfficeDx.Documents.Ooxml;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx validate: runs the Open XML SDK validator (ahead-of-time compiled when it can, <see cref="NativeValidation"/>) and prints each error with its part and XPath.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var documents = new Argument<FileInfo[]>("documents") { Description = "検査する Word 文書（.docx）", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Word 文書を Open XML の仕様で検査します。") { documents };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var files = result.GetValue(documents)!;
            using var native = NativeValidation.Start(files);
            var failed = false;
            foreach (var file in files)
            {
                var errors = native?.Next() ?? DocumentValidation.Validate(File.ReadAllBytes(file.FullName), file.FullName);
                if (errors.Count == 0)
                {
                    AnsiConsole.MarkupLine($"[green]OK[/] {Markup.Escape(file.Name)}: エラーはありません。");
                    continue;
                }
                failed = true;
                AnsiConsole.MarkupLine($"[red]NG[/] {Markup.Escape(file.Name)}: {errors.Count} 件のエラー");
                foreach (var error in errors)
                    AnsiConsole.MarkupLine($"  [yellow]{Markup.Escape(error.Part)}[/] {Markup.Escape(error.XPath)}: {Markup.Escape(error.Description)}");
            }
            return failed ? CliApplication.Differences : CliApplication.Success;
        }));
        return command;
    }
}
