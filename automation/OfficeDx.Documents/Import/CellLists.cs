using System.Text.RegularExpressions;
using OfficeDx.Core.Text;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Splits the lines of a cell into list items by the profile's list markers (import.listMarkers, each given by an example:
/// ・ a bullet, ① circled, (1) parenthesized, 1. arabic with a dot, ア katakana, (ア) parenthesized katakana). An item starts at
/// a line's start or, inside a line, after a space (circled numbers anywhere); a line after a numbered item with no marker of
/// its own continues that item (Word wraps long items with a line break).
/// </summary>
internal sealed partial class CellLists
{
    private readonly Regex _start;
    private readonly Regex _inline;
    private readonly Regex _numbered;

    public CellLists(ImportSetup setup, string bulletPrefix)
    {
        var numbered = new List<string>();
        var bullets = new List<string> { Regex.Escape(bulletPrefix), "・", "･", "•" };
        foreach (var sample in setup.ListMarkers)
        {
            var folded = JapaneseText.FoldDigitsAndLatin(sample).Trim();
            if (folded.Length == 0) continue;
            if (folded.Any(c => c is >= '①' and <= '⑳')) numbered.Add("[①-⑳]");
            else if (ParenArabic().IsMatch(folded)) numbered.Add(@"[(（][0-9０-９]{1,2}[)）]");
            else if (ArabicDot().IsMatch(folded)) numbered.Add(@"[0-9０-９]{1,2}[.．](?![0-9０-９])");
            else if (ParenKatakana().IsMatch(folded)) numbered.Add(@"[(（][ア-ン][)）]");
            else if (folded.Length == 1 && folded[0] is >= 'ア' and <= 'ン') numbered.Add(@"[ア-ン](?=[\s\u3000])");
            else bullets.Add(Regex.Escape(folded));
        }
        var numberedPattern = numbered.Count > 0 ? string.Join("|", numbered.Distinct()) : "(?!)";
        var bulletPattern = string.Join("|", bullets.Distinct());
        _numbered = new Regex($@"^\s*(?:{numberedPattern})", RegexOptions.CultureInvariant);
        _start = new Regex($@"^\s*(?:{numberedPattern}|{bulletPattern})\s*", RegexOptions.CultureInvariant);
        // Inside a line: any marker after a space; circled numbers need no space (①受付②審査).
        _inline = new Regex($@"(?<=\S)\s+(?=(?:{numberedPattern}|{bulletPattern}))|(?<=\S)(?=[①-⑳])", RegexOptions.CultureInvariant);
    }

    /// <summary>The items of a cell's lines, markers removed; a line that starts no item is one item, unless it continues a numbered one.</summary>
    public IReadOnlyList<string> Items(IEnumerable<string> lines)
    {
        var items = new List<string>();
        var lastNumbered = false;
        foreach (var line in lines)
        {
            var parts = _inline.Split(line).Where(p => p.Trim().Length > 0).ToArray();
            foreach (var part in parts)
            {
                var starts = _start.Match(part);
                if (!starts.Success && lastNumbered && items.Count > 0 && part == parts[0])
                {
                    items[^1] += part.Trim();
                    continue;
                }
                var text = starts.Success ? part[starts.Length..].Trim() : part.Trim();
                lastNumbered = starts.Success && _numbered.IsMatch(part);
                if (text.Length > 0) items.Add(text);
            }
        }
        return items;
    }

    [GeneratedRegex(@"^[(（][0-9]{1,2}[)）]$")]
    private static partial Regex ParenArabic();

    [GeneratedRegex(@"^[0-9]{1,2}[.．]$")]
    private static partial Regex ArabicDot();

    [GeneratedRegex(@"^[(（][ア-ン][)）]$")]
    private static partial Regex ParenKatakana();
}
