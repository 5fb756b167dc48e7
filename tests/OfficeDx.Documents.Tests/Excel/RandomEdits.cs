using System.Globalization;
using CsCheck;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>One edit a department makes in its workbook, and what it must do to the plan.</summary>
internal abstract record Edit
{
    /// <summary>Two edits with one key change the same cell: the later one is what the workbook holds.</summary>
    public abstract string Key { get; }
}

internal sealed record NameEdit(string MeasureId, string Name) : Edit { public override string Key => $"{MeasureId}|name"; }
internal sealed record OverviewEdit(string MeasureId, string Overview) : Edit { public override string Key => $"{MeasureId}|overview"; }
internal sealed record PhaseEdit(string MeasureId, int Year, Phase Phase) : Edit { public override string Key => $"{MeasureId}|{Year}"; }
internal sealed record ActualEdit(string MeasureId, int Indicator, int Year, decimal Number, bool FullWidthText) : Edit { public override string Key => $"{MeasureId}|{Indicator}|{Year}"; }
internal sealed record TermEdit(string Term, string Reading, string Definition) : Edit { public override string Key => "term|" + Term; }
internal sealed record NewMeasureEdit(int AreaIndex, string Name) : Edit { public override string Key => "new|" + Name; }

/// <summary>Random edits to a department's workbook: written into the .xlsx as Excel stores them, and applied to the plan as the spec says.</summary>
internal static class RandomEdits
{
    public static Gen<Edit[]> For(Plan plan, string department)
    {
        var scope = DepartmentScope.For(plan, department);
        var measures = scope.Measures.Select(x => x.Measure).ToArray();
        var years = plan.Period.Years().Select(y => y.StartYear).ToArray();
        var withIndicators = measures.Where(m => m.Indicators.Count > 0).ToArray();
        var measure = Gen.Int[0, measures.Length - 1].Select(i => measures[i]);
        var kinds = new List<(int, Gen<Edit>)>
        {
            (2, Gen.Select(measure, PlanGenerators.Line, (m, name) => (Edit)new NameEdit(m.Id, name))),
            (1, Gen.Select(measure, PlanGenerators.Line.Array[1, 3], (m, lines) => (Edit)new OverviewEdit(m.Id, string.Join("\n", lines)))),
            (3, Gen.Select(measure, Gen.Int[0, years.Length - 1], Gen.Enum<Phase>(), (m, y, p) => (Edit)new PhaseEdit(m.Id, years[y], p))),
            (1, Gen.Select(PlanGenerators.Line, PlanGenerators.Line, PlanGenerators.Line, (t, r, d) => (Edit)new TermEdit(t, r, d))),
            (1, Gen.Select(Gen.Int[0, scope.Areas.Count - 1], PlanGenerators.Line, (a, n) => (Edit)new NewMeasureEdit(a, n))),
        };
        if (withIndicators.Length > 0)
        {
            kinds.Add((3, Gen.Int[0, withIndicators.Length - 1].SelectMany(i => Gen.Select(
                Gen.Int[0, withIndicators[i].Indicators.Count - 1], Gen.Int[0, years.Length - 1],
                Gen.Frequency((2, Gen.Int[0, 99999].Select(n => (decimal)n)), (1, Gen.Int[0, 9999].Select(n => n / 10m))), Gen.Bool,
                (k, y, n, fullWidth) => (Edit)new ActualEdit(withIndicators[i].Id, k, years[y], n, fullWidth && n == decimal.Truncate(n))))));
        }
        // Frequency over generators picks a generator; SelectMany runs it.
        return Gen.Frequency(kinds.ToArray()).SelectMany(g => g).Array[1, 6]
            .Select(edits => edits.GroupBy(e => e is TermEdit t ? "term|" + Fold(t.Term) : e.Key).Select(g => g.Last()).ToArray());
    }

    private static string Fold(string term) => Core.Text.JapaneseText.FoldDigitsAndLatin(term).Replace(" ", "").Replace("\u3000", "").ToUpperInvariant();

    public static byte[] Apply(byte[] workbook, Plan plan, Edit[] edits)
    {
        var from = plan.Period.From.StartYear;
        var department = WorkbookFile.Read(workbook, "t.xlsx").Sheet(ExcelLayout.MarkerSheet)![2, 3].Text;
        var scope = DepartmentScope.For(plan, department);
        var proposalRow = ExcelSheets.FirstProposalRow(workbook);
        var termRow = ExcelLayout.FirstDataRow;
        var changes = WorkbookEdits.Of(workbook);
        foreach (var edit in edits)
        {
            switch (edit)
            {
                case NameEdit e:
                    changes.Text("施策", $"D{ExcelSheets.MeasureRow(workbook, e.MeasureId)}", e.Name, furigana: "しさく");
                    break;
                case OverviewEdit e:
                    changes.Text("施策", $"E{ExcelSheets.MeasureRow(workbook, e.MeasureId)}", e.Overview);
                    break;
                case PhaseEdit e:
                    var cell = CellReference.Of(6 + e.Year - from, ExcelSheets.MeasureRow(workbook, e.MeasureId));
                    if (e.Phase == Phase.None) changes.Clear("施策", cell); else changes.Text("施策", cell, e.Phase.Label());
                    break;
                case ActualEdit e:
                    var actual = CellReference.Of(10 + e.Year - from, ExcelSheets.IndicatorRow(workbook, e.MeasureId, e.Indicator + 1));
                    if (e.FullWidthText) changes.Text("指標", actual, Core.Text.JapaneseText.FoldDigitsAndLatin(e.Number.ToString(CultureInfo.InvariantCulture)) is var ascii ? string.Concat(ascii.Select(c => char.IsAsciiDigit(c) ? (char)(c + 0xFEE0) : c)) : "");
                    else changes.Number("指標", actual, e.Number);
                    break;
                case TermEdit e:
                    changes.Text("用語", $"A{termRow}", e.Term).Text("用語", $"B{termRow}", e.Reading).Text("用語", $"C{termRow}", e.Definition);
                    termRow++;
                    break;
                case NewMeasureEdit e:
                    changes.Text("施策", $"B{proposalRow}", scope.Areas[e.AreaIndex].Label).Text("施策", $"D{proposalRow}", e.Name);
                    proposalRow++;
                    break;
            }
        }
        return changes.Bytes();
    }

    /// <summary>The plan as it must come back: each edit applied to the original plan.</summary>
    public static Plan Expected(Plan plan, string department, Edit[] edits)
    {
        var original = plan.AllMeasures().ToDictionary(m => m.Id);
        var scope = DepartmentScope.For(plan, department);
        var measures = plan.AllMeasures().ToDictionary(m => m.Id);
        var added = new Dictionary<string, List<Measure>>();
        var terms = new List<GlossaryTerm>();
        foreach (var edit in edits)
        {
            switch (edit)
            {
                case NameEdit e: measures[e.MeasureId] = measures[e.MeasureId] with { Name = e.Name }; break;
                case OverviewEdit e: measures[e.MeasureId] = measures[e.MeasureId] with { Overview = e.Overview }; break;
                case PhaseEdit e:
                    {
                        var m = measures[e.MeasureId];
                        var year = new FiscalYear(e.Year);
                        var entry = m.Schedule.FirstOrDefault(s => s.FiscalYear == year);
                        var schedule = m.Schedule.Where(s => s.FiscalYear != year).ToList();
                        if (e.Phase != Phase.None || entry?.Caption is not null)
                            schedule.Add(new ScheduleEntry { FiscalYear = year, Phase = e.Phase, Caption = entry?.Caption });
                        measures[e.MeasureId] = m with { Schedule = schedule.OrderBy(s => s.FiscalYear).ToArray() };
                        break;
                    }
                case ActualEdit e:
                    {
                        var m = measures[e.MeasureId];
                        var indicator = original[e.MeasureId].Indicators[e.Indicator];
                        var unit = IndicatorUnit.Of(indicator);
                        var year = new FiscalYear(e.Year);
                        var before = indicator.Actuals.FirstOrDefault(a => a.FiscalYear == year)?.Value;
                        var text = before is not null && unit.NumberIn(before) == e.Number ? before : unit.Format(e.Number);
                        var current = m.Indicators[e.Indicator];
                        // An existing value is replaced in place; a new one goes before the first later year, leaving the plan's order alone.
                        var ordered = current.Actuals.Any(a => a.FiscalYear == year)
                            ? current.Actuals.Select(a => a.FiscalYear == year ? a with { Value = text } : a).ToArray()
                            : [.. current.Actuals.Take(FirstLater(current.Actuals, year)), new IndicatorValue { FiscalYear = year, Value = text }, .. current.Actuals.Skip(FirstLater(current.Actuals, year))];
                        measures[e.MeasureId] = m with { Indicators = m.Indicators.Select((x, i) => i == e.Indicator ? x with { Actuals = ordered } : x).ToArray() };
                        break;
                    }
                case TermEdit e: terms.Add(new GlossaryTerm { Term = e.Term, Reading = e.Reading, Definition = e.Definition }); break;
                case NewMeasureEdit e:
                    {
                        var area = scope.Areas[e.AreaIndex].Area;
                        if (!added.TryGetValue(area.Id, out var list)) added[area.Id] = list = [];
                        list.Add(new Measure { Id = $"{area.Id}-new{list.Count + 1}", Name = e.Name, State = MeasureState.Added, Departments = [department] });
                        break;
                    }
            }
        }
        Area Rebuild(Area area)
        {
            var list = area.Measures.Select(m => measures[m.Id]).ToList();
            if (added.TryGetValue(area.Id, out var proposals))
            {
                var at = list.FindIndex(m => m.State == MeasureState.Completed);
                list.InsertRange(at < 0 ? list.Count : at, proposals);
            }
            return area with { Measures = list, Areas = area.Areas.Select(Rebuild).ToArray() };
        }
        return plan with { Areas = plan.Areas.Select(Rebuild).ToArray(), Glossary = [.. plan.Glossary, .. terms] };
    }

    private static int FirstLater(IReadOnlyList<IndicatorValue> values, FiscalYear year)
    {
        for (var i = 0; i < values.Count; i++) if (values[i].FiscalYear > year) return i;
        return values.Count;
    }

    /// <summary>How many edits change something (typing the value a cell already holds changes nothing).</summary>
    public static int Effective(Plan plan, Edit[] edits)
    {
        var measures = plan.AllMeasures().ToDictionary(m => m.Id);
        return edits.Count(edit => edit switch
        {
            NameEdit e => e.Name != measures[e.MeasureId].Name,
            OverviewEdit e => e.Overview != measures[e.MeasureId].Overview,
            PhaseEdit e => e.Phase != measures[e.MeasureId].PhaseIn(new FiscalYear(e.Year)),
            ActualEdit e => measures[e.MeasureId].Indicators[e.Indicator].Actuals.FirstOrDefault(a => a.FiscalYear.StartYear == e.Year)?.Value is not { } before
                || IndicatorUnit.Of(measures[e.MeasureId].Indicators[e.Indicator]).NumberIn(before) != e.Number,
            _ => true,
        });
    }
}
