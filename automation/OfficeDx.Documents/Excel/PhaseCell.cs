using System.Diagnostics.CodeAnalysis;
using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Excel;

/// <summary>Reads a schedule cell: one of the drop-down's phase labels or blank; anything else (継続, ○, a number) is refused.</summary>
internal static class PhaseCell
{
    public static bool TryRead(SheetValue cell, out Phase phase, [NotNullWhen(false)] out string? problem)
    {
        problem = null;
        phase = Phase.None;
        if (cell.IsBlank) return true;
        if (cell.Number is null && !cell.Error && PhaseNames.TryParse(cell.Text, out phase)) return true;
        problem = $"「{cell.Text}」は一覧にない取組です。「{string.Join("」「", TemplateValidations.PhaseLabels)}」のどれかを選ぶか、空欄にしてください。反映していません。";
        return false;
    }
}
