using CsCheck;
using NJsonSchema;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Tests.Support;
using OfficeDx.Core.Time;
using OfficeDx.Core.Validation;
using OfficeDx.Testing;

namespace OfficeDx.Core.Tests;

/// <summary>Schedules as labelled bars: tracks of spans in the model, the plan file and its schema; per-year schedules are the one-track special case.</summary>
[TestClass]
public sealed class ScheduleBarsTests
{
    private static readonly PlanPeriod Period = new() { From = new FiscalYear(2022), To = new FiscalYear(2026) };

    private static ScheduleSpan Span(int from, int to, Phase phase, string text) =>
        new() { From = new FiscalYear(from), To = new FiscalYear(to), Phase = phase, Text = text };

    private static Plan PlanWith(Measure measure) => new()
    {
        Id = "p",
        Municipality = "市",
        Title = "計画",
        Period = Period,
        Areas = [new Area { Id = "a", Title = "分野", Measures = [measure with { Id = "m", Name = "施策" }] }],
    };

    [TestMethod]
    public void Random_plans_with_bars_are_written_the_same_after_a_read()
    {
        PlanGenerators.PlanWithBars.Sample(plan =>
        {
            var json = PlanJson.Serialize(plan);
            var read = PlanJson.Deserialize(json);
            Assert.AreEqual(json, PlanJson.Serialize(read));
            var expected = plan.AllMeasures().SelectMany(m => m.Tracks).SelectMany(t => t.Spans).ToArray();
            CollectionAssert.AreEqual(expected, read.AllMeasures().SelectMany(m => m.Tracks).SelectMany(t => t.Spans).ToArray());
        }, iter: 200);
    }

    [TestMethod]
    public void Random_plans_with_bars_are_valid_plans_and_valid_against_the_schema()
    {
        var schema = JsonSchema.FromFileAsync(RepositoryFiles.PlanSchema).GetAwaiter().GetResult();
        PlanGenerators.PlanWithBars.Sample(plan =>
        {
            var problems = PlanValidator.Validate(plan);
            Assert.IsEmpty(problems, string.Join("\n", problems.Select(p => $"{p.Path}: {p.Message}")));
            var errors = schema.Validate(PlanJson.Serialize(plan));
            Assert.IsEmpty(errors, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }, iter: 150);
    }

    [TestMethod]
    public void A_measure_without_bars_is_written_without_a_tracks_member()
    {
        var json = PlanJson.Serialize(PlanWith(new Measure { Schedule = [new ScheduleEntry { FiscalYear = new FiscalYear(2022), Phase = Phase.Preparation }] }));
        Assert.DoesNotContain("\"tracks\"", json);
    }

    [TestMethod]
    public void Bars_are_written_with_years_phase_and_text()
    {
        var measure = new Measure { Tracks = [new ScheduleTrack { Spans = [Span(2022, 2023, Phase.None, "システム選定・調達"), Span(2024, 2026, Phase.Continuation, "本格運用・対象拡大")] }] };
        var json = PlanJson.Serialize(PlanWith(measure));
        StringAssert.Contains(json, "\"from\": 2022");
        StringAssert.Contains(json, "\"to\": 2023");
        StringAssert.Contains(json, "\"phase\": \"none\"");
        StringAssert.Contains(json, "\"text\": \"本格運用・対象拡大\"");
        Assert.IsEmpty(PlanValidator.Validate(PlanWith(measure)));
    }

    [TestMethod]
    public void A_per_year_schedule_is_one_track_of_one_year_spans_and_back()
    {
        var gen = Gen.Select(Gen.Enum<Phase>(), Gen.Bool).Array[Period.Length].Select(cells => cells
            .Select((c, i) => new ScheduleEntry { FiscalYear = new FiscalYear(2022 + i), Phase = c.Item1, Caption = c.Item2 ? $"注記{i}" : null })
            .Where(e => e.Phase != Phase.None || e.Caption is not null).ToArray());
        gen.Sample(entries =>
        {
            var tracks = ScheduleBars.TracksOf(new Measure { Schedule = entries });
            Assert.IsTrue(tracks.All(t => t.Spans.All(s => s.Length == 1)));
            Assert.IsTrue(ScheduleBars.TryAsEntries(tracks, out var back));
            CollectionAssert.AreEqual(entries, back.ToArray());
        }, iter: 200);
    }

    [TestMethod]
    public void Bars_over_several_years_are_not_the_per_year_form()
    {
        Assert.IsFalse(ScheduleBars.TryAsEntries([new ScheduleTrack { Spans = [Span(2022, 2023, Phase.Preparation, "")] }], out _));
    }

    [TestMethod]
    public void Overlapping_bars_on_one_track_are_refused_with_their_place()
    {
        var measure = new Measure { Tracks = [new ScheduleTrack { Spans = [Span(2022, 2024, Phase.Preparation, "検討"), Span(2024, 2025, Phase.Implementation, "導入")] }] };
        var problem = Assert.ContainsSingle(PlanValidator.Validate(PlanWith(measure)));
        Assert.AreEqual("$.areas[0].measures[0].tracks[0].spans[1]", problem.Path);
        StringAssert.Contains(problem.Message, "重なって");
    }

    [TestMethod]
    public void A_bar_outside_the_plan_period_is_refused()
    {
        var measure = new Measure { Tracks = [new ScheduleTrack { Spans = [Span(2025, 2027, Phase.Continuation, "")] }] };
        var problem = Assert.ContainsSingle(PlanValidator.Validate(PlanWith(measure)));
        StringAssert.Contains(problem.Message, "計画期間");
    }

    [TestMethod]
    public void A_measure_with_both_forms_is_refused()
    {
        var measure = new Measure
        {
            Schedule = [new ScheduleEntry { FiscalYear = new FiscalYear(2022), Phase = Phase.Implementation }],
            Tracks = [new ScheduleTrack { Spans = [Span(2023, 2024, Phase.Continuation, "")] }],
        };
        var problem = Assert.ContainsSingle(PlanValidator.Validate(PlanWith(measure)));
        Assert.AreEqual("$.areas[0].measures[0].tracks", problem.Path);
    }

    [TestMethod]
    public void A_bar_with_neither_text_nor_phase_is_refused()
    {
        var measure = new Measure { Tracks = [new ScheduleTrack { Spans = [Span(2023, 2024, Phase.None, "")] }] };
        StringAssert.Contains(Assert.ContainsSingle(PlanValidator.Validate(PlanWith(measure))).Message, "文言もフェーズもありません");
    }
}
