using System.Diagnostics.CodeAnalysis;

namespace OfficeDx.Documents.Excel;

/// <summary>
/// Reads an actual-value cell into the indicator's text form: a number typed as a number, full-width or grouped digits typed as text,
/// 38.4% typed into a percent cell. A value equal to the plan's keeps the plan's exact text; 約100 and words are refused.
/// </summary>
internal static class ActualCell
{
    /// <summary>value is the text to hold in the plan, or null for a blank cell.</summary>
    public static bool TryRead(SheetValue cell, IndicatorUnit unit, string? original, out string? value, [NotNullWhen(false)] out string? problem)
    {
        value = null;
        problem = null;
        var unitName = unit.Unit.Length == 0 ? "単位なし" : unit.Unit;
        if (cell.Error)
        {
            problem = $"エラー値（{cell.Text}）です。数値を入力してください。反映していません。";
            return false;
        }
        if (cell.IsBlank) return true;
        decimal number;
        if (cell.Number is { } typed)
        {
            if (cell.Percent && unit.Unit != "%")
            {
                problem = $"％で入力されていますが、この指標の単位は「{unitName}」です。単位に合わせた数値を入力してください。反映していません。";
                return false;
            }
            number = cell.Percent ? typed * 100 : typed;
        }
        else
        {
            var text = cell.Text.Trim();
            if (text == original)
            {
                value = original;
                return true;
            }
            var (kind, parsed) = TypedNumber.Parse(text, unit.Unit);
            switch (kind)
            {
                case TypedNumberKind.Ambiguous:
                    problem = $"「{text}」は概数のため、どの数値か決められません。実際の数値だけを入力してください。反映していません。";
                    return false;
                case TypedNumberKind.NotANumber:
                    problem = $"「{text}」は数値として読み取れません。数値だけを入力してください（単位は「{unitName}」）。反映していません。";
                    return false;
            }
            number = parsed;
        }
        value = original is not null && unit.NumberIn(original) == number ? original : unit.Format(number);
        return true;
    }
}
