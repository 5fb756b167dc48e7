namespace OfficeDx.Documents.Excel;

/// <summary>
/// What a drafter reads when a department workbook departs from the template: one wording for the collector (which
/// 反映 into the plan) and the store's reader (which 保存), each ending with its own outcome.
/// </summary>
public static class WorkbookMessages
{
    public const string NotApplied = "反映していません。";
    public const string NotStored = "保存していません。";

    public const string AddedColumn = "様式にない列です。列を追加しないでください。";
    public const string UnlabeledColumn = "見出しのない列です。列を追加しないでください。";

    public static string MissingSheet(string sheet) => $"シート「{sheet}」がありません。シート名を変えたり削除したりしないでください。";

    public static string MissingHeaders(IEnumerable<string> headers) =>
        $"見出し「{string.Join("」「", headers)}」が見つかりません。列を消したり見出しを書き換えたりしないでください。";

    /// <summary>The outcome for a whole sheet left unread, as the collector and the store say it.</summary>
    public const string SheetNotApplied = "このシートの内容は" + NotApplied;
    public const string SheetNotStored = "このシートの値は" + NotStored;
}
