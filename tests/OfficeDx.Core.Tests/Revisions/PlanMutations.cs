using CsCheck;
using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Tests.Revisions;

/// <summary>A new edition made from an old plan by known edits, with the change-log entries those edits must produce.</summary>
public sealed record MutatedPlan(Plan Old, Plan New, IReadOnlySet<(ChangeTarget Target, string? Id, string Field)> Expected);

/// <summary>Random editions: each measure is left alone, edited in one field, removed or moved; new measures are added; an area is renamed.</summary>
public static class PlanMutations
{
    private enum Operation { Keep, Edit, Remove, Move }

    private static readonly string[] EditableFields = ["name", "overview", "schedule", "departments", "number", "notes", "indicators"];

    public static readonly Gen<MutatedPlan> Gen = PlanGenerators.Plan.Where(p => p.AllAreas().Any()).SelectMany(plan =>
    {
        var measures = plan.AllMeasures().ToArray();
        var areaCount = plan.AllAreas().Count();
        return CsCheck.Gen.Select(
            CsCheck.Gen.Enum<Operation>().Array[measures.Length],
            CsCheck.Gen.Int[0, EditableFields.Length - 1].Array[measures.Length],
            CsCheck.Gen.Int[0, areaCount - 1].Array[measures.Length],
            CsCheck.Gen.Int[0, areaCount - 1].Array[0, 3],
            CsCheck.Gen.Int[-1, areaCount - 1],
            CsCheck.Gen.Bool,
            (operations, fields, targets, additions, renamed, newEdition) => Mutate(plan, operations, fields, targets, additions, renamed, newEdition));
    });

    private static MutatedPlan Mutate(Plan plan, Operation[] operations, int[] fields, int[] targets, int[] additions, int renamed, bool newEdition)
    {
        var areas = plan.AllAreas().Select(a => a.Id).ToArray();
        var lists = plan.AllAreas().ToDictionary(a => a.Id, a => a.Measures.ToList());
        var expected = new HashSet<(ChangeTarget, string?, string)>();
        var index = 0;
        foreach (var area in plan.AllAreas().ToArray())
        {
            foreach (var measure in area.Measures)
            {
                var i = index++;
                switch (operations[i])
                {
                    case Operation.Edit:
                        var field = EditableFields[fields[i]];
                        lists[area.Id][lists[area.Id].FindIndex(m => m.Id == measure.Id)] = Edit(measure, field, plan.Period);
                        expected.Add((ChangeTarget.Measure, measure.Id, field));
                        break;
                    case Operation.Remove:
                        lists[area.Id].RemoveAll(m => m.Id == measure.Id);
                        expected.Add((ChangeTarget.Measure, measure.Id, PlanChange.WholeField));
                        expected.Add((ChangeTarget.Area, area.Id, PlanChange.MeasuresField));
                        break;
                    case Operation.Move when areas[targets[i]] != area.Id:
                        lists[area.Id].RemoveAll(m => m.Id == measure.Id);
                        lists[areas[targets[i]]].Add(measure);
                        expected.Add((ChangeTarget.Area, area.Id, PlanChange.MeasuresField));
                        expected.Add((ChangeTarget.Area, areas[targets[i]], PlanChange.MeasuresField));
                        break;
                }
            }
        }
        for (var k = 0; k < additions.Length; k++)
        {
            var id = $"new-{k + 1}";
            lists[areas[additions[k]]].Add(new Measure { Id = id, Number = "新", Name = $"追加の施策{k + 1}", State = MeasureState.Added, Overview = "新たに追加する。" });
            expected.Add((ChangeTarget.Measure, id, PlanChange.WholeField));
            expected.Add((ChangeTarget.Area, areas[additions[k]], PlanChange.MeasuresField));
        }
        if (renamed >= 0) expected.Add((ChangeTarget.Area, areas[renamed], "title"));
        if (newEdition) expected.Add((ChangeTarget.Plan, null, "edition"));

        Area Rebuild(Area area) => area with
        {
            Title = renamed >= 0 && areas[renamed] == area.Id ? area.Title + "（改）" : area.Title,
            Measures = lists[area.Id],
            Areas = area.Areas.Select(Rebuild).ToArray(),
        };
        var next = plan with
        {
            Edition = newEdition ? (plan.Edition ?? "") + "令和6年3月改訂" : plan.Edition,
            Areas = plan.Areas.Select(Rebuild).ToArray(),
        };
        return new MutatedPlan(plan, next, expected);
    }

    /// <summary>Changes one field to a value that is certain to differ from the old one.</summary>
    private static Measure Edit(Measure measure, string field, PlanPeriod period) => field switch
    {
        "name" => measure with { Name = measure.Name + "（改）" },
        "overview" => measure with { Overview = measure.Overview + "\n※概要を修正" },
        "schedule" => measure with { Schedule = [.. measure.Schedule, new ScheduleEntry { FiscalYear = new FiscalYear(period.To.StartYear + 1), Phase = Phase.Continuation }] },
        "departments" => measure with { Departments = [.. measure.Departments, "新設課"] },
        "number" => measure with { Number = (measure.Number ?? "") + "改" },
        "notes" => measure with { Notes = [.. measure.Notes, new RevisionNote { Kind = RevisionNoteKind.Schedule, Text = "※実施年度を見直し" }] },
        _ => measure with { Indicators = [.. measure.Indicators, new Indicator { Name = "新しい指標" }] },
    };
}
