using OfficeDx.Core.Model;
using OfficeDx.Core.Text;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads what a person typed in a schedule cell: a phase label (継続実施), an arrow typed as text (→, ----->, ○), or a
/// phase text (調査・検討, R7当初予算要求, システム導入 運用開始) that is kept as the caption with the phase it most likely means.
/// </summary>
public static class ScheduleTextReader
{
    private static readonly string[] ImplementationStarts = ["システム導入", "運用開始", "一部実施", "本格運用", "稼働"];
    private static readonly string[] ContinuationWords = ["継続", "運用", "拡充"];

    public static (Phase Phase, string? Caption) Read(string text)
    {
        var compact = JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace();
        if (compact.Length == 0) return (Phase.None, null);
        if (PhaseNames.TryParse(compact, out var phase)) return (phase, null);
        if (compact is "○" or "◯" or "〇") return (Phase.Implementation, null);
        if (compact.Trim('-', '－', '‐', '>', '＞', '→', '➔', '➤', '▶', '—', '―', '─', '━', '…').Length == 0)
        {
            // Dashes alone are the dashed 準備・検討 arrow; any solid stroke or arrow head is 継続実施.
            return compact.All(c => c is '-' or '－' or '‐' or '>' or '＞') ? (Phase.Preparation, null) : (Phase.Continuation, null);
        }
        var caption = text.Trim();
        if (ImplementationStarts.Any(s => compact.StartsWith(s, StringComparison.Ordinal)) && !compact.Contains("予算要求", StringComparison.Ordinal))
            return (Phase.Implementation, caption);
        if (ContinuationWords.Any(w => compact.StartsWith(w, StringComparison.Ordinal))) return (Phase.Continuation, caption);
        return (Phase.Preparation, caption);
    }
}
