using System.CommandLine;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx glossary: mark terms, refresh numbering and the glossary section, check spelling and definitions.</summary>
internal static class GlossaryCommand
{
    public static Command Create() => new("glossary", "用語に注記（*1、※1）を付け、用語集を作り直し、表記ゆれや解説の違いを調べます。")
    {
        GlossaryMarkCommand.Create(),
        GlossaryRefreshCommand.Create(),
        GlossaryCheckCommand.Create(),
    };

    public static Argument<FileInfo> DocumentArgument() => new("document") { Description = "Word 文書（.docx）" };

    public static Option<string?> ProfileOption() => new("--profile")
    {
        Description = "注記と用語集の様式を決めるプロファイル名か .json（省略時は文書に記録されたもの、無ければ akita）",
    };

    public static Option<FileInfo?> TermsOption() => new("--terms")
    {
        Description = "用語集ファイル（省略時は同梱の templates/glossary/terms.json）",
    };

    public static Option<FileInfo?> OutOption() => new("--out") { Description = "書き出す文書（元の文書を書き換えるときは --in-place）" };

    public static Option<bool> InPlaceOption() => new("--in-place") { Description = "元の文書をそのまま書き換えます（--out の代わりに）。" };

    /// <summary>Where the changed document goes: <c>--out</c>, or the document itself only when <c>--in-place</c> says so.</summary>
    public static FileInfo Target(FileInfo source, FileInfo? output, bool inPlace) => (output, inPlace) switch
    {
        (null, false) => throw new CommandLineUsageException(CliMessages.GlossaryNeedsOutOrInPlace(source.FullName)),
        (not null, true) => throw new CommandLineUsageException(CliMessages.GlossaryOutAndInPlace),
        (not null, false) => output,
        _ => source,
    };

    public static TermBase LoadTerms(FileInfo? file) => file is null ? TermBaseFile.Shipped() : TermBaseFile.Load(file.FullName);

    public static Documents.Profiles.Profile LoadProfile(string? name, byte[] document, string fileName) =>
        name is not null ? ProfileLibrary.Load(name)
            : GlossaryEditor.ProfileOf(document, fileName) is { } named ? ProfileLibrary.Named(named, $"{fileName} の文書の設定 odx:profile")
            : ProfileLibrary.Load(ProfileLibrary.Default);

    public static byte[] ReadDocument(FileInfo file)
    {
        if (!file.Exists) throw new Documents.Ooxml.DocumentOpenException(file.FullName, "ファイルが見つかりません。パスを確認してください。");
        return File.ReadAllBytes(file.FullName);
    }

    public static void Write(byte[] bytes, FileInfo target, string done)
    {
        var path = target.FullName;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        AnsiConsole.MarkupLine($"[green]{Markup.Escape(done)}[/] {Markup.Escape(path)}");
    }

    /// <summary>Glossary failures as messages naming the file and each entry or place; anything else as the CLI reports it.</summary>
    public static int Guard(Func<int> body) => CommandActions.Guard(() =>
    {
        try
        {
            return body();
        }
        catch (TermBaseException e)
        {
            return Problems($"用語集ファイル {e.File} に {e.Problems.Count} 件の問題があります:", e.Problems, CliApplication.BadInput);
        }
        catch (GlossaryDocumentException e)
        {
            return Problems($"{e.File} の注記をそのままでは書き換えられません（{e.Problems.Count} 件）:", e.Problems, CliApplication.Differences);
        }
    });

    private static int Problems(string heading, IReadOnlyList<string> problems, int exitCode)
    {
        var error = Consoles.Error();
        error.MarkupError($"{Markup.Escape(heading)}");
        foreach (var problem in problems) error.MarkupLine($"  {Markup.Escape(problem)}");
        return exitCode;
    }
}
