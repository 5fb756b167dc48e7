using System.CommandLine;
using System.Globalization;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx excel template: one workbook per department (--department NAME or --all) into a folder.</summary>
internal static class ExcelTemplateCommand
{
    public static Command Create()
    {
        var plan = new Option<FileInfo>("--plan") { Description = CliMessages.PlanFileOption, Required = true };
        var department = new Option<string?>("--department") { Description = "様式を作る担当課（主な担当課に書かれた名前）" };
        var all = new Option<bool>("--all") { Description = "すべての担当課の様式を作る" };
        var output = new Option<DirectoryInfo>("--out") { Description = "様式（課名.xlsx）を書き出すフォルダー", Required = true };
        var deadline = new Option<string?>("--deadline") { Description = "記入要領に書く提出期限（例 2026-01-30）" };
        var profile = new Option<string?>("--profile") { Description = CliMessages.ProfileOption };
        var command = new Command("template", "担当課ごとの Excel 様式を作成します。") { plan, department, all, output, deadline, profile };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var error = Consoles.Error();
            var named = result.GetValue(department);
            if ((named is null) == !result.GetValue(all))
            {
                error.MarkupError("--department 課名 か --all のどちらか一方を指定してください。");
                return CliApplication.BadInput;
            }
            DateOnly? due = null;
            if (result.GetValue(deadline) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    error.MarkupError($"--deadline「{Markup.Escape(text)}」を日付として読み取れません（例 2026-01-30）。");
                    return CliApplication.BadInput;
                }
                due = parsed;
            }
            var loaded = PlanFile.Load(result.GetValue(plan)!.FullName);
            var style = CommandProfiles.Choose(result.GetValue(profile), loaded);
            var departments = DepartmentScope.Departments(loaded);
            if (named is not null && !departments.Contains(named, StringComparer.Ordinal))
            {
                error.MarkupError($"計画に「{Markup.Escape(named)}」が担当する施策はありません。担当課: {Markup.Escape(Listed(departments))}");
                return CliApplication.BadInput;
            }
            var chosen = named is null ? departments : [named];
            if (TemplateBounds.Problems(loaded, chosen) is { Count: > 0 } tooLarge)
                throw new PlanFileException(result.GetValue(plan)!.FullName, tooLarge);
            var target = result.GetValue(output)!;
            target.Create();
            foreach (var name in chosen)
            {
                var path = Path.Combine(target.FullName, ExcelTemplateWriter.FileName(name));
                File.WriteAllBytes(path, ExcelTemplateWriter.Write(loaded, style, name, due));
                AnsiConsole.MarkupLine($"[green]作成しました[/] {Markup.Escape(path)}（施策 {DepartmentScope.For(loaded, name).Measures.Count} 件）");
            }
            return CliApplication.Success;
        }));
        return command;
    }

    /// <summary>Most departments an unknown-department refusal lists: every one of a real plan (akita has 45), not the thousands of a hostile one.</summary>
    private const int ListedDepartments = 60;

    /// <summary>The plan's departments as a message lists them, each shortened.</summary>
    private static string Listed(IReadOnlyList<string> departments) =>
        string.Join("、", departments.Take(ListedDepartments).Select(d => OfficeDx.Core.Text.ShortQuote.Of(d)))
        + (departments.Count > ListedDepartments ? $" ほか {(departments.Count - ListedDepartments).ToString("N0", CultureInfo.InvariantCulture)} 課" : "");
}
