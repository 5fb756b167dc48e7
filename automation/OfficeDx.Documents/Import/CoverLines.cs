using System.Text.RegularExpressions;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Picks the plan's title, edition and municipality from the lines of a document typed by hand. A line that starts with a
/// municipality and names a 計画 (秋田市デジタル化推進計画 【第2.0版】（骨子案）) is the title wherever it stands, because a
/// committee paper or a preface can come before the real cover (「デジタル化推進計画の改定について」); without one, the first
/// line naming a 計画 before the first heading is the title. The draft stage in brackets after the title (or alone above it,
/// 「(原案)」) and the date lines right below it (令和3年6月, (令和5年3月改訂)) make the edition; the municipality printed alone
/// below the title is the cover's too.
/// </summary>
internal sealed partial class CoverLines
{
    private (string Text, int Index)? _fallback;
    private string? _municipal;
    private int _linesAfterTitle;
    private string? _date;
    private string? _revision;
    private string? _stageLine;

    /// <summary>The title without its draft stage, or null when no line names a plan.</summary>
    public string? Title => Split(_municipal ?? _fallback?.Text).Title;

    /// <summary>The draft stage and the date of the cover (骨子案（令和5年12月）), or null when neither is printed.</summary>
    public string? Edition
    {
        get
        {
            var stage = Split(_municipal ?? _fallback?.Text).Stage ?? _stageLine;
            var date = (_date, _revision) switch
            {
                ({ } d, { } r) => $"{d}（{r}）",
                var (d, r) => d ?? r,
            };
            return (stage, date) switch
            {
                (null, null) => null,
                ({ } s, null) => s,
                (null, { } d) => d,
                var (s, d) => $"{s}（{d}）",
            };
        }
    }

    /// <summary>The municipality a title starts with (秋田市デジタル化推進計画 → 秋田市), or empty.</summary>
    public static string Municipality(string title) => MunicipalityPattern().Match(title) is { Success: true } m ? m.Value : "";

    /// <summary>
    /// Takes the line when it belongs to the cover. <paramref name="displaced"/> is a line taken as the title before that a
    /// title naming a municipality has now replaced: the caller reports it.
    /// </summary>
    public bool Take(string text, int index, bool beforeFirstHeading, out (string Text, int Index)? displaced)
    {
        displaced = null;
        // 「(原案)」 alone above the title is the draft stage of the cover.
        if (_municipal is null && _fallback is null && _stageLine is null && beforeFirstHeading && StageLinePattern().Match(text.Trim()) is { Success: true } s)
        {
            _stageLine = s.Groups["stage"].Value;
            return true;
        }
        if (_linesAfterTitle > 0)
        {
            _linesAfterTitle--;
            if (text.Trim() == Municipality(_municipal!)) return true;
            if (DatePattern().Match(text.Trim()) is { Success: true } m)
            {
                // 令和4年 月: a month left blank in a draft is dropped with the blank.
                var date = m.Groups["month"].Success ? $"{m.Groups["era"].Value}{m.Groups["year"].Value}年{m.Groups["month"].Value}月" : $"{m.Groups["era"].Value}{m.Groups["year"].Value}年";
                if (m.Groups["revised"].Success && _revision is null) { _revision = date + m.Groups["revised"].Value; return true; }
                if (!m.Groups["revised"].Success && _date is null) { _date = date; return true; }
            }
        }
        if (!NamesAPlan(text)) return false;
        if (_municipal is null && Municipality(text).Length > 0)
        {
            _municipal = text;
            _linesAfterTitle = 3;
            if (_fallback is { } f) displaced = f;
            return true;
        }
        if (_municipal is null && _fallback is null && beforeFirstHeading)
        {
            _fallback = (text, index);
            return true;
        }
        return false;
    }

    private static bool NamesAPlan(string text) => text.Contains("計画", StringComparison.Ordinal) && text.Length <= 60 && !text.EndsWith('。') && !text.Contains('\n');

    private static (string? Title, string? Stage) Split(string? line)
    {
        if (line is null) return (null, null);
        // Extraction puts spaces between words (潟上市 DX 推進計画, …計画 【第2.0版】); the title is written without them.
        var text = GlossaryTermText.Canonical(line.Trim());
        return StagePattern().Match(text) is { Success: true } m ? (m.Groups["title"].Value, m.Groups["stage"].Value) : (text, null);
    }

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}ヶ]{1,7}?[都道府県市区町村]")]
    private static partial Regex MunicipalityPattern();

    [GeneratedRegex(@"^(?<title>.+?)\s*[（(](?<stage>[^）)]*案)[）)]$")]
    private static partial Regex StagePattern();

    [GeneratedRegex(@"^[（(](?<stage>[^）)]*案)[）)]$")]
    private static partial Regex StageLinePattern();

    [GeneratedRegex(@"^[（(]?(?<era>令和|平成)\s*(?<year>[0-9０-９元]{1,2})\s*年\s*(?:(?<month>[0-9０-９]{1,2})\s*)?月\s*(?<revised>策定|改定|改訂)?[）)]?$")]
    private static partial Regex DatePattern();
}
