using OfficeDx.Core.Time;

namespace OfficeDx.Documents.Excel;

/// <summary>The header row of a sheet read back: columns found by their label, fiscal-year columns by the year they name.</summary>
internal sealed class SheetHeaders
{
    private readonly Dictionary<string, int> byLabel = new(StringComparer.Ordinal);

    public SheetHeaders(WorkbookSheet sheet, IEnumerable<string> fixedLabels, string yearSuffix = "")
    {
        var known = fixedLabels.ToHashSet(StringComparer.Ordinal);
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            var label = sheet[c, ExcelLayout.HeaderRow].Text.Trim();
            if (label.Length == 0) continue;
            if (known.Contains(label)) byLabel.TryAdd(label, c);
            else if (label.EndsWith(yearSuffix, StringComparison.Ordinal) && FiscalYear.TryParse(label[..^yearSuffix.Length], out var year))
                Years.Add((year, c));
            else
                Unknown.Add(c);
        }
    }

    /// <summary>Fiscal-year columns in sheet order, inside or outside the plan period.</summary>
    public List<(FiscalYear Year, int Column)> Years { get; } = [];

    /// <summary>Columns whose header is neither a known label nor a fiscal year.</summary>
    public List<int> Unknown { get; } = [];

    public int? this[string label] => byLabel.TryGetValue(label, out var column) ? column : null;

    public IEnumerable<string> Missing(IEnumerable<string> required) => required.Where(label => !byLabel.ContainsKey(label));
}
