using System.Globalization;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>The 記入要領 sheet: which plan and edition the workbook is for, the deadline, and how to fill in each sheet, in plain Japanese.</summary>
internal static class InstructionSheet
{
    /// <summary>The instructions fill A3 down to this row; collect reports anything typed below or beside them.</summary>
    public const int LastRow = 17;

    public static SheetSpec Build(Plan plan, DepartmentScope scope, DateOnly? deadline)
    {
        var cells = new SheetCells();
        cells.Text(1, 1, $"{plan.Title} 施策の更新のお願い（{scope.Department}）", TemplateStyles.Title);
        string[] lines =
        [
            $"計画：{plan.Municipality} {plan.Title}",
            $"版：{plan.Edition ?? "（版の記載なし）"}",
            $"計画期間：{plan.Period.From}～{plan.Period.To}",
            $"担当課：{scope.Department}（施策 {scope.Measures.Count} 件）",
            $"提出期限：{(deadline is { } d ? Wareki(d) : "依頼文に記載の期限まで")}",
            "",
            "記入のしかた",
            "1. 「施策」シート：白いセルを書き換えてください。灰色のセル（施策ID・分野・番号）は変更できません。",
            "2. 取組スケジュールは、年度ごとに一覧（準備・検討／実施／継続実施）から選んでください。取組のない年度は空欄にします。",
            "3. 主な評価指標は 1 行に 1 つ書きます（セル内の改行は Alt＋Enter）。主な担当課は「、」で区切ります。",
            "4. 新しい施策を提案するときは、表の下の空いている行で分野を一覧から選び、名称・概要・スケジュールを書いてください。",
            "5. 「指標」シート：各年度の実績値を数値で入力してください。単位は「単位」列のとおりです（38.4% なら 38.4）。「約100」のような概数は受け付けられません。",
            "6. 「用語」シート：用語集に加えたい用語を、よみがな（ひらがな）と解説とともに書いてください。",
            "7. シートの保護にパスワードはかかっていません。保護を解除して貼り付けた値も回収のときにすべて確認し、問題があれば DX推進担当から連絡します。",
            "8. ファイル名・シート名は変えずに提出してください。別の計画や別の版の様式は受け付けられません。",
        ];
        // Collect reads this sheet's extent from LastRow: adding a line without moving it would report the new line as stray.
        if (lines.Length + 2 != LastRow) throw new InvalidOperationException($"記入要領の行数（{lines.Length}）と LastRow（{LastRow}）が合いません。");
        for (var i = 0; i < lines.Length; i++) cells.Text(1, i + 3, lines[i], TemplateStyles.Wrapped);
        cells.Width(1, 110);
        return new SheetSpec(ExcelLayout.InstructionsSheet, cells);
    }

    /// <summary>令和8年1月30日: the date as a Japanese office writes it.</summary>
    private static string Wareki(DateOnly date)
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return date.ToDateTime(TimeOnly.MinValue).ToString("gg y年M月d日", culture).Replace(" ", "");
    }
}
