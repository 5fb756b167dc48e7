using System.Xml.Linq;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Import;

/// <summary>
/// A Word table as a reader sees it: rows of cells, merged cells resolved. A cell spanning columns (gridSpan) counts once;
/// a vertically merged cell (vMerge) is the same cell in every row it covers, so its text is read once, in its first row.
/// Each cell's lines are its paragraphs and line breaks with blank ones dropped.
/// </summary>
internal sealed record LegacyTable(IReadOnlyList<IReadOnlyList<LegacyCell>> Rows)
{
    public static LegacyTable From(XElement table)
    {
        var rows = new List<IReadOnlyList<LegacyCell>>();
        var open = new Dictionary<int, LegacyCell>();
        foreach (var tr in table.Elements(WordXml.TableRow).Concat(table.Elements(WordXml.Sdt).SelectMany(s => WordXml.ContentOf(s).Elements(WordXml.TableRow))))
        {
            var cells = new List<LegacyCell>();
            var column = 0;
            foreach (var tc in Cells(tr))
            {
                var properties = tc.Element(WordXml.W + "tcPr");
                var span = int.TryParse(properties?.Element(WordXml.W + "gridSpan")?.Attribute(WordXml.Val)?.Value, out var s) ? s : 1;
                var merge = properties?.Element(WordXml.W + "vMerge");
                LegacyCell cell;
                if (merge is not null && merge.Attribute(WordXml.Val)?.Value != "restart" && open.TryGetValue(column, out var above))
                {
                    cell = above with { Continued = true };
                }
                else
                {
                    cell = new LegacyCell(column, span, Lines(tc), NestedTable(tc), false);
                    if (merge is not null) open[column] = cell; else open.Remove(column);
                }
                cells.Add(cell);
                column += span;
            }
            rows.Add(cells);
        }
        return new LegacyTable(rows);
    }

    /// <summary>The table's text for a report: rows joined by 「 / 」 and cells by 「 | 」, each merged cell once, nested tables in brackets.</summary>
    public string Content() => string.Join(" / ", Rows
        .Select(r => string.Join(" | ", r.Where(c => !c.Continued && !c.IsEmpty).Select(c => string.Join(" ", c.Lines) + (c.Nested is { } n ? $"［{n.Content()}］" : ""))))
        .Where(r => r.Length > 0));

    private static IEnumerable<XElement> Cells(XElement row)
    {
        foreach (var child in row.Elements())
        {
            if (child.Name == WordXml.TableCell) yield return child;
            else if (child.Name == WordXml.Sdt)
                foreach (var tc in WordXml.ContentOf(child).Elements(WordXml.TableCell)) yield return tc;
        }
    }

    private static IReadOnlyList<string> Lines(XElement tc) =>
        WordText.Lines(WordText.Paragraphs(tc).Where(p => p.Ancestors(WordXml.TableCell).First() == tc))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToArray();

    private static LegacyTable? NestedTable(XElement tc) =>
        tc.Descendants(WordXml.Table).FirstOrDefault() is { } nested ? From(nested) : null;
}

/// <summary>One cell of a <see cref="LegacyTable"/>: its first grid column, how many columns it spans, its non-blank lines, a nested table if any.</summary>
internal sealed record LegacyCell(int Column, int Span, IReadOnlyList<string> Lines, LegacyTable? Nested, bool Continued)
{
    public string Text => string.Join("", Lines);
    public bool IsEmpty => Lines.Count == 0 && Nested is null;
}
