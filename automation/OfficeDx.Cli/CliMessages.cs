namespace OfficeDx.Cli;

/// <summary>The Japanese sentences the command line says in more than one place, worded once.</summary>
internal static class CliMessages
{
    public const string ErrorHeading = "エラー";

    public const string PlanFileOption = "計画ファイル（plan.json）";

    public const string PlanOutOption = "書き出す計画ファイル（省略時は標準出力）";

    public const string ProfileOption = "プロファイル名またはプロファイルファイル（省略時は計画ファイルの profile）";

    /// <summary>A progress bar's last words.</summary>
    public const string ProgressDone = "完了";

    public const string DoneMarkup = "[green]完了[/]";

    public const string FailedMarkup = "[red]失敗[/]";

    public static string StoreMissing(string store) => $"保存先 {store} がありません。先に officedx harvest --source … --store … で回収してください。";

    public static string GlossaryNeedsOutOrInPlace(string document) =>
        $"{document} をどこに書き出すか指定してください: 別のファイルに書くなら --out ファイル、元の文書を書き換えるなら --in-place。";

    public const string GlossaryOutAndInPlace = "--out と --in-place は一緒には指定できません。どちらか一つにしてください。";

    public static string DemoOutputNotEmpty(string folder) =>
        $"出力先 {folder} は空ではありません。デモは新しいフォルダに書き出します。--out を省くか、空のフォルダを指定してください。";

    /// <summary>How to look at a store afterwards, with a store path that works from the current folder.</summary>
    public static string StatusHint(string storeFile) => $"officedx status --store sqlite:{StorePathForHint(storeFile)}";

    private static string StorePathForHint(string storeFile)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), storeFile);
        var path = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? storeFile : relative;
        return path.Contains(' ', StringComparison.Ordinal) ? $"\"{path}\"" : path;
    }
}
