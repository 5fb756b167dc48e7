using OfficeDx.Core.Model;
using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Reads a schedule row of arrows and ○ extracted from a PDF, where the arrows kept their glyphs but lost line style and
/// extent: ○ is 実施; dashes before any ○ are 準備・検討 for their cell; dashes after a ○, and solid arrows, are 継続実施 and
/// cover the empty cells back to the last ○ (or the row start); a year with no mark and no covering arrow is left out.
/// </summary>
public static class ArrowScheduleRow
{
    private static readonly char[] Dashes = ['-', '－', '‐', '−', '…'];
    private static readonly char[] Strokes = ['—', '―', '─', '━'];
    private static readonly char[] Heads = ['>', '＞', '→', '➔', '➤', '▶', '►'];

    private enum Mark { Empty, Implementation, Dashed, Solid }

    /// <summary>One year's reading and, where it was an interpretation rather than the mark itself, why, for the drafter.</summary>
    public sealed record Cell(ScheduleEntry Entry, string? Interpretation);

    /// <summary>
    /// Reads <paramref name="row"/> (one mark per fiscal year, in year order, empty where the cell is blank). False when a
    /// cell holds something other than an arrow or ○ (a typed phase text), which is then read cell by cell.
    /// </summary>
    public static bool TryRead(IReadOnlyList<(FiscalYear Year, string Text)> row, FiscalYearStyle style, out IReadOnlyList<Cell> cells)
    {
        cells = [];
        var marks = row.Select(c => Classify(c.Text)).ToArray();
        if (marks.Any(m => m is null) || marks.All(m => m == Mark.Empty)) return false;

        var read = new Cell?[row.Count];
        var lastCircle = -1;
        for (var i = 0; i < row.Count; i++)
        {
            var year = row[i].Year;
            var text = row[i].Text.Trim();
            switch (marks[i])
            {
                case Mark.Implementation:
                    read[i] = new Cell(Entry(year, Phase.Implementation), null);
                    lastCircle = i;
                    break;
                case Mark.Dashed when lastCircle < 0:
                    read[i] = new Cell(Entry(year, Phase.Preparation), null);
                    break;
                case Mark.Dashed:
                    // The legend's solid 継続実施 arrow comes out of extraction as dashes as often as not; after a ○ the
                    // dashed 準備・検討 arrow makes no sense, so the dashes are taken as the solid one.
                    read[i] = new Cell(Entry(year, Phase.Continuation),
                        $"{year.Format(style)}の「{text}」は破線ですが、○ の後にあるため、実線の矢印が破線として抽出されたものとみなして継続実施としました。");
                    Cover(row, read, lastCircle + 1, i, style);
                    break;
                case Mark.Solid:
                    read[i] = new Cell(Entry(year, Phase.Continuation), null);
                    Cover(row, read, lastCircle + 1, i, style);
                    break;
            }
        }
        cells = read.OfType<Cell>().ToArray();
        return true;
    }

    /// <summary>An arrow is drawn from the last ○ (or the row start) to its head; extraction put it only in the head's cell.</summary>
    private static void Cover(IReadOnlyList<(FiscalYear Year, string Text)> row, Cell?[] read, int from, int to, FiscalYearStyle style)
    {
        for (var j = from; j < to; j++)
        {
            if (read[j] is not null || row[j].Text.Trim().Length > 0) continue;
            read[j] = new Cell(Entry(row[j].Year, Phase.Continuation),
                $"{row[j].Year.Format(style)}は空欄ですが、矢印が覆っているとみなして継続実施としました。");
        }
    }

    private static ScheduleEntry Entry(FiscalYear year, Phase phase) => new() { FiscalYear = year, Phase = phase };

    private static Mark? Classify(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        if (compact.Length == 0) return Mark.Empty;
        if (compact is "○" or "◯" or "〇") return Mark.Implementation;
        if (!compact.All(c => Dashes.Contains(c) || Strokes.Contains(c) || Heads.Contains(c))) return null;
        return compact.Any(c => Dashes.Contains(c)) ? Mark.Dashed : Mark.Solid;
    }
}
