using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Excel;

/// <summary>A measure proposed in a row without an id: read whole, or refused whole with every problem reported.</summary>
internal sealed record NewMeasure(string AreaId, Measure Measure, string Summary)
{
    /// <summary>Two proposals are the same when they name the same measure in the same area.</summary>
    public string Key => $"new|{AreaId}|{Measure.Name}";

    public static NewMeasure? Read(WorkbookSheet sheet, int row, MeasureRowsReader.Columns columns,
        IReadOnlyList<(FiscalYear Year, int Column)> outOfPeriod, Submission submission)
    {
        const string field = "新しい施策";
        var problems = new List<(int Column, string Message)>();
        var areaText = CellText.Line(sheet[columns.Area, row]);
        var area = submission.Scope!.Areas.FirstOrDefault(a => a.Label == areaText).Area;
        if (areaText.Length == 0) problems.Add((columns.Area, "新しい施策の分野が空です。分野を一覧から選んでください。"));
        else if (area is null) problems.Add((columns.Area, $"分野「{areaText}」は一覧にありません。一覧から選んでください。"));

        var name = CellText.Line(sheet[columns.Name, row]);
        if (CellText.LineProblem(name, submission.Profile.Row(MeasureField.Name).Label) is { } nameProblem) problems.Add((columns.Name, nameProblem));
        var overview = CellText.Paragraphs(sheet[columns.Overview, row]);
        if (CellText.ParagraphProblem(overview, submission.Profile.Row(MeasureField.Overview).Label) is { } overviewProblem)
            problems.Add((columns.Overview, overviewProblem));

        var schedule = new List<ScheduleEntry>();
        foreach (var (year, column) in columns.Years.OrderBy(y => y.Year))
        {
            if (!PhaseCell.TryRead(sheet[column, row], out var phase, out var problem)) problems.Add((column, problem));
            else if (phase != Phase.None) schedule.Add(new ScheduleEntry { FiscalYear = year, Phase = phase });
        }
        foreach (var (year, column) in outOfPeriod.Where(y => !sheet[y.Column, row].IsBlank))
            problems.Add((column, $"{year}は計画期間（{submission.Plan.Period.From}～{submission.Plan.Period.To}）の外です。"));
        foreach (var column in columns.Unknown.Where(c => !sheet[c, row].IsBlank))
            problems.Add((column, WorkbookMessages.AddedColumn));

        var indicators = CellText.Items(sheet[columns.Indicators, row]);
        var departments = CellText.Items(sheet[columns.Departments, row], ExcelLayout.DepartmentSeparators);
        if (departments.Count == 0) departments = [submission.Department];

        var summary = string.Join("／", new[]
        {
            areaText, name, overview.Replace("\n", " "),
            string.Join(" ", columns.Years.Where(y => !sheet[y.Column, row].IsBlank).Select(y => $"{y.Year}:{sheet[y.Column, row].Text}")),
            string.Join("・", indicators), string.Join(ExcelLayout.DepartmentSeparators[0], departments),
        }.Where(s => s.Length > 0));
        if (problems.Count > 0)
        {
            foreach (var (column, message) in problems)
                submission.Reject(sheet.Place(column, row), null, field, summary, message + "この行の新しい施策は反映していません。");
            return null;
        }
        var measure = new Measure
        {
            Name = name,
            State = MeasureState.Added,
            Overview = overview,
            Schedule = schedule,
            Indicators = indicators.Select(n => new Indicator { Name = n }).ToArray(),
            Departments = departments,
        };
        return new NewMeasure(area!.Id, measure, summary);
    }
}
