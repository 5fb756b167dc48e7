using System.Text.Json;
using CsCheck;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Tests.Support;
using OfficeDx.Core.Time;

namespace OfficeDx.Core.Tests;

/// <summary>The plan file format: what PlanJson writes and reads back.</summary>
[TestClass]
public sealed class PlanJsonTests
{
    [TestMethod]
    public void Writes_the_Akita_sample_back_byte_for_byte()
    {
        var json = File.ReadAllText(RepositoryFiles.SamplePlan("akita"));
        Assert.AreEqual(json, PlanJson.Serialize(PlanJson.Deserialize(json)));
    }

    [TestMethod]
    public void Reads_the_Akita_sample_into_the_model()
    {
        var plan = PlanJson.Deserialize(File.ReadAllText(RepositoryFiles.SamplePlan("akita")));

        Assert.AreEqual("秋田市", plan.Municipality);
        Assert.AreEqual("令和5年3月改訂", plan.Edition);
        Assert.AreEqual(new FiscalYear(2021), plan.Period.From);
        Assert.AreEqual(new FiscalYear(2023), plan.Period.To);
        Assert.HasCount(7, plan.Areas);
        // Counts from templates/samples/akita/SOURCES.md: 57 active, 7 added, 30 completed.
        Assert.AreEqual(57, plan.AllMeasures().Count(m => m.State == MeasureState.Active));
        Assert.AreEqual(7, plan.AllMeasures().Count(m => m.State == MeasureState.Added));
        Assert.AreEqual(30, plan.AllMeasures().Count(m => m.State == MeasureState.Completed));

        var first = plan.AllMeasures().First();
        Assert.AreEqual("akita-1-01", first.Id);
        Assert.AreEqual(Phase.Continuation, first.PhaseIn(new FiscalYear(2022)));
        CollectionAssert.AreEqual(new[] { "デジタル化推進本部", "企画財政部情報統計課" }, first.Departments.ToArray());
    }

    [TestMethod]
    public void Writes_camel_case_keys_Japanese_unescaped_and_LF_line_ends()
    {
        var json = PlanJson.Serialize(new Plan { Id = "p", Municipality = "秋田市", Title = "計画", Period = Period(2021, 2023) });

        StringAssert.Contains(json, "\"municipality\": \"秋田市\"");
        StringAssert.Contains(json, "\"schemaVersion\": 1");
        Assert.DoesNotContain("\\u", json);
        Assert.DoesNotContain("\r", json);
        Assert.EndsWith("}\n", json);
    }

    [TestMethod]
    public void Writes_fiscal_years_as_Western_numbers_and_phases_as_ids()
    {
        var plan = new Plan
        {
            Period = Period(2021, 2023),
            Areas = [new Area { Id = "a", Measures = [new Measure { Id = "m", Schedule = [new ScheduleEntry { FiscalYear = new FiscalYear(2022), Phase = Phase.Preparation }] }] }],
        };
        var json = PlanJson.Serialize(plan);

        StringAssert.Contains(json, "\"from\": 2021");
        StringAssert.Contains(json, "\"fiscalYear\": 2022");
        StringAssert.Contains(json, "\"phase\": \"preparation\"");
        StringAssert.Contains(json, "\"state\": \"active\"");
    }

    [TestMethod]
    public void Does_not_write_the_computed_period_length()
    {
        var json = PlanJson.Serialize(new Plan { Period = Period(2021, 2023) });

        StringAssert.Contains(json, "\"period\": {\n    \"from\": 2021,\n    \"to\": 2023\n  }");
        Assert.DoesNotContain("length", json);
    }

    [TestMethod]
    public void Writes_a_completed_measure_as_id_name_and_state_only()
    {
        var plan = new Plan { Areas = [new Area { Id = "a", Measures = [new Measure { Id = "c1", Name = "押印の廃止", State = MeasureState.Completed }] }] };

        StringAssert.Contains(PlanJson.Serialize(plan),
            "\"measures\": [\n        {\n          \"id\": \"c1\",\n          \"name\": \"押印の廃止\",\n          \"state\": \"completed\"\n        }\n      ]");
    }

    [TestMethod]
    public void Keeps_the_details_of_a_completed_measure_that_has_them_so_nothing_is_lost()
    {
        var measure = new Measure { Id = "c1", Name = "押印の廃止", State = MeasureState.Completed, Overview = "概要", Departments = ["総務課"] };
        var json = PlanJson.Serialize(new Plan { Period = Period(2021, 2023), Areas = [new Area { Id = "a", Measures = [measure] }] });

        var read = PlanJson.Deserialize(json).AllMeasures().Single();
        Assert.AreEqual("概要", read.Overview);
        CollectionAssert.AreEqual(new[] { "総務課" }, read.Departments.ToArray());
        Assert.DoesNotContain("\"schedule\"", json);
    }

    [TestMethod]
    public void Writes_every_field_of_an_active_measure_even_when_empty()
    {
        var plan = new Plan { Areas = [new Area { Id = "a", Measures = [new Measure { Id = "m1", Name = "施策" }] }] };
        var json = PlanJson.Serialize(plan);

        foreach (var key in new[] { "\"overview\": \"\"", "\"mainActions\": []", "\"schedule\": []", "\"indicators\": []", "\"departments\": []", "\"notes\": []" })
            StringAssert.Contains(json, key);
        Assert.DoesNotContain("\"number\"", json.Split("\"measures\"")[1], "a null measure number is left out");
        Assert.DoesNotContain("\"issues\"", json, "null issues are left out");
    }

    [TestMethod]
    public void Leaves_out_an_indicators_empty_targets_and_actuals_and_missing_baseline()
    {
        var indicator = new Indicator { Name = "利用者数" };
        var plan = new Plan { Areas = [new Area { Id = "a", Measures = [new Measure { Id = "m1", Indicators = [indicator] }] }] };

        StringAssert.Contains(PlanJson.Serialize(plan), "\"indicators\": [\n            {\n              \"name\": \"利用者数\"\n            }\n          ]");
    }

    [TestMethod]
    public void Writes_an_indicators_baseline_targets_and_actuals_when_given()
    {
        var indicator = new Indicator
        {
            Name = "電子化率",
            Baseline = new IndicatorValue { FiscalYear = new FiscalYear(2021), Value = "38.4%" },
            Targets = [new IndicatorValue { FiscalYear = new FiscalYear(2025), Value = "100%" }],
            Actuals = [new IndicatorValue { FiscalYear = new FiscalYear(2022), Value = "45%" }],
        };
        var plan = new Plan { Period = Period(2021, 2025), Areas = [new Area { Id = "a", Measures = [new Measure { Id = "m1", Indicators = [indicator] }] }] };

        var read = PlanJson.Deserialize(PlanJson.Serialize(plan)).AllMeasures().Single().Indicators.Single();
        Assert.AreEqual(indicator.Baseline, read.Baseline);
        CollectionAssert.AreEqual(indicator.Targets.ToArray(), read.Targets.ToArray());
        CollectionAssert.AreEqual(indicator.Actuals.ToArray(), read.Actuals.ToArray());
    }

    [TestMethod]
    public void Random_plans_are_written_the_same_after_a_read()
    {
        PlanGenerators.Plan.Sample(plan =>
        {
            var json = PlanJson.Serialize(plan);
            Assert.AreEqual(json, PlanJson.Serialize(PlanJson.Deserialize(json)));
        }, iter: 300);
    }

    [TestMethod]
    public void Random_plans_come_back_with_the_same_content()
    {
        PlanGenerators.Plan.Sample(plan =>
        {
            var read = PlanJson.Deserialize(PlanJson.Serialize(plan));
            var expectedMeasures = plan.AllMeasures().ToArray();
            var actualMeasures = read.AllMeasures().ToArray();
            Assert.HasCount(expectedMeasures.Length, actualMeasures);
            for (var i = 0; i < expectedMeasures.Length; i++)
            {
                var (expected, actual) = (expectedMeasures[i], actualMeasures[i]);
                Assert.AreEqual(expected.Id, actual.Id);
                Assert.AreEqual(expected.Name, actual.Name);
                Assert.AreEqual(expected.Number, actual.Number);
                Assert.AreEqual(expected.State, actual.State);
                Assert.AreEqual(expected.Issues, actual.Issues);
                Assert.AreEqual(expected.Overview, actual.Overview);
                CollectionAssert.AreEqual(expected.MainActions.ToArray(), actual.MainActions.ToArray());
                CollectionAssert.AreEqual(expected.Schedule.ToArray(), actual.Schedule.ToArray());
                CollectionAssert.AreEqual(expected.Departments.ToArray(), actual.Departments.ToArray());
                CollectionAssert.AreEqual(expected.Notes.ToArray(), actual.Notes.ToArray());
                Assert.HasCount(expected.Indicators.Count, actual.Indicators);
                for (var j = 0; j < expected.Indicators.Count; j++)
                {
                    Assert.AreEqual(expected.Indicators[j].Name, actual.Indicators[j].Name);
                    Assert.AreEqual(expected.Indicators[j].Baseline, actual.Indicators[j].Baseline);
                    CollectionAssert.AreEqual(expected.Indicators[j].Targets.ToArray(), actual.Indicators[j].Targets.ToArray());
                    CollectionAssert.AreEqual(expected.Indicators[j].Actuals.ToArray(), actual.Indicators[j].Actuals.ToArray());
                }
            }
            Assert.AreEqual(plan.Period, read.Period);
            Assert.AreEqual(plan.Edition, read.Edition);
            CollectionAssert.AreEqual(plan.AllAreas().Select(a => (a.Id, a.Number, a.Title)).ToArray(), read.AllAreas().Select(a => (a.Id, a.Number, a.Title)).ToArray());
        }, iter: 200);
    }

    [TestMethod]
    [DataRow("\"令和3年度\"", 2021, DisplayName = "\"令和3年度\"")]
    [DataRow("\"R3\"", 2021, DisplayName = "\"R3\"")]
    [DataRow("\"2021年度\"", 2021, DisplayName = "\"2021年度\"")]
    [DataRow("2021", 2021, DisplayName = "2021")]
    public void Reads_a_fiscal_year_written_as_a_number_or_as_Japanese_text(string written, int expectedStartYear)
    {
        var json = $$"""{ "period": { "from": {{written}}, "to": 2023 } }""";
        Assert.AreEqual(new FiscalYear(expectedStartYear), PlanJson.Deserialize(json).Period.From);
    }

    [TestMethod]
    public void Reads_phases_written_as_Japanese_labels()
    {
        var json = """{ "areas": [ { "measures": [ { "schedule": [ { "fiscalYear": "令和4年度", "phase": "準備・検討" } ] } ] } ] }""";
        var entry = PlanJson.Deserialize(json).AllMeasures().Single().Schedule.Single();
        Assert.AreEqual(new ScheduleEntry { FiscalYear = new FiscalYear(2022), Phase = Phase.Preparation }, entry);
    }

    [TestMethod]
    public void Accepts_comments_and_trailing_commas_in_hand_written_files()
    {
        var json = "{\n  // 秋田市\n  \"municipality\": \"秋田市\",\n}";
        Assert.AreEqual("秋田市", PlanJson.Deserialize(json).Municipality);
    }

    [TestMethod]
    public void Rejects_the_computed_period_length_as_an_unknown_property()
    {
        Assert.ThrowsExactly<JsonException>(() => PlanJson.Deserialize("""{ "period": { "from": 2021, "to": 2023, "length": 3 } }"""));
    }

    [TestMethod]
    public void Rejects_a_null_document()
    {
        var error = Assert.ThrowsExactly<JsonException>(() => PlanJson.Deserialize("null"));
        Assert.AreEqual("計画ファイルが空（null）です。", error.Message);
    }

    private static PlanPeriod Period(int from, int to) => new() { From = new FiscalYear(from), To = new FiscalYear(to) };
}
