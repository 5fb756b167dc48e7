using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;

namespace OfficeDx.Benchmarks;

/// <summary>Writes a batch workload to disk: N synthetic plans, each with a year's changes, and the manifest that revises them all.</summary>
public static class BatchWorkload
{
    public static void Write(string directory, int plans, int measures)
    {
        Directory.CreateDirectory(directory);
        var jobs = new List<object>();
        for (var i = 1; i <= plans; i++)
        {
            var name = $"plan-{i:000}";
            var plan = SyntheticPlans.Create(measures) with { Id = name, Municipality = $"第{i}市" };
            File.WriteAllText(Path.Combine(directory, name + ".json"), PlanJson.Serialize(plan));
            File.WriteAllText(Path.Combine(directory, name + ".next.json"), PlanJson.Serialize(YearOfChanges(plan)));
            jobs.Add(new { name, plan = name + ".json", changes = name + ".next.json", edition = "令和6年3月改訂", @out = Path.Combine("out", name) });
        }
        File.WriteAllText(Path.Combine(directory, "batch.json"), JsonSerializer.Serialize(new { jobs }, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Every fifth measure gets a new overview, every seventh a shorter schedule, every eleventh is finished.</summary>
    private static Plan YearOfChanges(Plan plan)
    {
        var n = 0;
        Measure Change(Measure m)
        {
            n++;
            if (n % 11 == 0) return new Measure { Id = m.Id, Name = m.Name, State = MeasureState.Completed };
            if (n % 7 == 0) m = m with { Schedule = m.Schedule.Skip(1).ToArray() };
            if (n % 5 == 0) m = m with { Overview = m.Overview + "\n令和5年度の実績を踏まえ、対象を拡大する。" };
            return m;
        }
        return plan with { Areas = plan.Areas.Select(a => a with { Measures = a.Measures.Select(Change).ToArray() }).ToArray() };
    }
}
