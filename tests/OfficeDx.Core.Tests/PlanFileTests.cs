using System.Text.Json.Nodes;
using OfficeDx.Core.Tests.Support;
using OfficeDx.Core.Validation;

namespace OfficeDx.Core.Tests;

/// <summary>Loading a plan file: every bad input becomes a PlanFileException naming the file, the place and what is wrong, in Japanese.</summary>
[TestClass]
public sealed class PlanFileTests
{
    private const string FileName = "plan.json";

    [TestMethod]
    public void Loads_the_Akita_sample_without_problems()
    {
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));

        Assert.AreEqual("akita-2021", plan.Id);
        Assert.AreEqual(94, plan.AllMeasures().Count());
        Assert.IsEmpty(PlanValidator.Validate(plan));
    }

    [TestMethod]
    public void Accepts_the_small_valid_plan_used_by_these_tests()
    {
        var plan = PlanFile.Parse(PlanJsonBuilder.Valid().ToJsonString(), FileName);
        Assert.AreEqual(3, plan.AllMeasures().Count());
    }

    [TestMethod]
    public void Saves_a_file_that_loads_back_the_same()
    {
        var path = Path.Combine(Path.GetTempPath(), $"odx-core-tests-{Guid.NewGuid():N}.json");
        try
        {
            var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
            PlanFile.Save(plan, path);
            Assert.AreEqual(File.ReadAllText(RepositoryFiles.SamplePlan("akita")), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void A_missing_file_is_reported_with_its_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"odx-core-tests-missing-{Guid.NewGuid():N}.json");
        var error = Assert.ThrowsExactly<PlanFileException>(() => PlanFile.Load(path));

        Assert.AreEqual(path, error.File);
        var problem = Assert.ContainsSingle(error.Problems);
        Assert.AreEqual("$", problem.Path);
        Assert.StartsWith("ファイルが見つかりません", problem.Message);
    }

    [TestMethod]
    public void Invalid_JSON_is_reported_with_its_line()
    {
        // Line 3 lacks the comma after "秋田市", so the reader stops at the start of line 4.
        var json = "{\n  \"id\": \"akita-test\",\n  \"municipality\": \"秋田市\"\n  \"title\": \"計画\"\n}";
        var problem = SingleProblem(json);

        Assert.AreEqual("$ (4行目 3バイト目)", problem.Path);
        Assert.AreEqual("JSON として正しくありません（カンマ・括弧・引用符を確認してください）。", problem.Message);
    }

    [TestMethod]
    public void The_exception_names_the_file_and_every_problem()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["title"] = "";
        plan["municipality"] = " 秋田市";
        var error = Assert.ThrowsExactly<PlanFileException>(() => PlanFile.Parse(plan.ToJsonString(), "akita/plan.json"));

        Assert.AreEqual("akita/plan.json", error.File);
        Assert.HasCount(2, error.Problems);
        StringAssert.StartsWith(error.Message, "akita/plan.json: $.municipality: 自治体名の前後に空白があります。");
        StringAssert.Contains(error.Message, "$.title: 計画名が空です。");
    }

    [TestMethod]
    public void An_unknown_property_is_reported_with_its_path()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["overveiw"] = "綴り間違い";
        var problem = SingleProblem(plan.ToJsonString());

        StringAssert.StartsWith(problem.Path, "$.areas[0].measures[0].overveiw");
        Assert.AreEqual("この項目は使えません（綴りを確認してください）。", problem.Message);
    }

    [TestMethod]
    public void An_unknown_phase_is_reported_with_its_path_and_the_choices()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![0]!["phase"] = "継続";
        var problem = SingleProblem(plan.ToJsonString());

        StringAssert.StartsWith(problem.Path, "$.areas[0].measures[0].schedule[0].phase");
        Assert.AreEqual(
            "不明なフェーズ「継続」です。使えるのは none（なし）、preparation（準備・検討）、implementation（実施）、continuation（継続実施） です。",
            problem.Message);
    }

    [TestMethod]
    public void An_unknown_state_is_reported_with_the_choices()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["state"] = "done";
        var problem = SingleProblem(plan.ToJsonString());

        StringAssert.StartsWith(problem.Path, "$.areas[0].measures[0].state");
        Assert.AreEqual("「done」は使えません。使えるのは active、completed、added です。", problem.Message);
    }

    [TestMethod]
    public void A_fiscal_year_that_cannot_be_read_is_reported_with_its_path()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![1]!["fiscalYear"] = "令和3月";
        var problem = SingleProblem(plan.ToJsonString());

        StringAssert.StartsWith(problem.Path, "$.areas[0].measures[0].schedule[1].fiscalYear");
        Assert.AreEqual("「令和3月」は年度として読み取れません（例：2021、\"令和3年度\"）。", problem.Message);
    }

    [TestMethod]
    public void A_schedule_year_outside_the_plan_period_is_reported()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![1]!["fiscalYear"] = 2024;
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.areas[0].measures[0].schedule[1].fiscalYear", problem.Path);
        Assert.AreEqual("令和6年度は計画期間（令和3年度～令和5年度）の外です。", problem.Message);
    }

    [TestMethod]
    public void A_schedule_year_given_twice_is_reported()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![1]!["fiscalYear"] = "R3";
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.areas[0].measures[0].schedule[1].fiscalYear", problem.Path);
        Assert.AreEqual("令和3年度が二度指定されています。", problem.Message);
    }

    [TestMethod]
    public void A_fiscal_year_written_as_Japanese_text_is_accepted()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["period"]!["from"] = "令和3年度";
        PlanJsonBuilder.FirstMeasure(plan)["schedule"]![1]!["fiscalYear"] = "令和４年度";

        var read = PlanFile.Parse(plan.ToJsonString(), FileName);

        Assert.AreEqual(2021, read.Period.From.StartYear);
        Assert.AreEqual(2022, read.AllMeasures().First().Schedule[1].FiscalYear.StartYear);
    }

    [TestMethod]
    public void Duplicate_measure_ids_are_reported_with_both_paths()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["areas"]![1]!["measures"]![0]!["id"] = "m-1";
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.areas[1].measures[0].id", problem.Path);
        Assert.AreEqual("施策ID「m-1」が重複しています（$.areas[0].measures[0] と同じ）。", problem.Message);
    }

    [TestMethod]
    public void Duplicate_area_ids_are_reported_with_both_paths()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["areas"]![1]!["id"] = "area-1";
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.areas[1].id", problem.Path);
        Assert.AreEqual("分野ID「area-1」が重複しています（$.areas[0] と同じ）。", problem.Message);
    }

    [TestMethod]
    public void Duplicate_area_ids_in_nested_areas_are_found_too()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["areas"]![1]!["areas"]!.AsArray().Add(new JsonObject { ["id"] = "area-1", ["number"] = "ア", ["title"] = "下位の分野" });
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.areas[1].areas[0].id", problem.Path);
        Assert.AreEqual("分野ID「area-1」が重複しています（$.areas[0] と同じ）。", problem.Message);
    }

    [TestMethod]
    public void A_completed_measure_with_an_overview_is_reported()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["areas"]![0]!["measures"]![1]!["overview"] = "実施した内容";
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.areas[0].measures[1]", problem.Path);
        StringAssert.StartsWith(problem.Message, "実施済みの施策は名称だけが「実施済みの施策」一覧に載ります。");
        StringAssert.Contains(problem.Message, "文書から失われます");
    }

    [TestMethod]
    [DataRow("企画財政部、情報統計課", DisplayName = "、")]
    [DataRow("企画財政部，情報統計課", DisplayName = "，")]
    [DataRow("企画財政部,情報統計課", DisplayName = ",")]
    public void A_department_holding_several_departments_is_reported(string department)
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["departments"]!.AsArray().Add(department);
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.areas[0].measures[0].departments[1]", problem.Path);
        Assert.AreEqual($"担当課「{department}」に区切り文字（、，,）が含まれています。課ごとに分けて書いてください。", problem.Message);
    }

    [TestMethod]
    public void A_period_that_ends_before_it_starts_is_reported_once_not_again_for_every_schedule_year()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["period"] = new JsonObject { ["from"] = 2023, ["to"] = 2021 };
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.period", problem.Path);
        Assert.AreEqual("計画期間の開始（令和5年度）が終了（令和3年度）より後になっています。", problem.Message);
    }

    [TestMethod]
    public void A_period_longer_than_a_schedule_row_can_show_is_reported()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["period"] = new JsonObject { ["from"] = 2021, ["to"] = 2031 };
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual("$.period", problem.Path);
        Assert.AreEqual("計画期間は10年度までにしてください（11年度あります）。", problem.Message);
    }

    [TestMethod]
    public void A_missing_period_is_reported()
    {
        var plan = PlanJsonBuilder.Valid();
        plan.Remove("period");

        Assert.AreEqual(new PlanProblem("$.period", "計画期間（from と to の年度）を指定してください。"), SingleProblem(plan.ToJsonString()));
    }

    [TestMethod]
    public void A_wrong_schema_version_is_reported()
    {
        var plan = PlanJsonBuilder.Valid();
        plan["schemaVersion"] = 2;
        var problem = SingleProblem(plan.ToJsonString());

        Assert.AreEqual(new PlanProblem("$.schemaVersion", "schemaVersion は 1 でなければなりません（2 が指定されています）。"), problem);
    }

    [TestMethod]
    public void A_null_where_a_list_is_expected_is_reported()
    {
        var plan = PlanJsonBuilder.Valid();
        PlanJsonBuilder.FirstMeasure(plan)["departments"] = null;
        var problem = SingleProblem(plan.ToJsonString());

        StringAssert.StartsWith(problem.Path, "$.areas[0].measures[0].departments");
        Assert.AreEqual("null は使えません。値を書くか、項目ごと省いてください。", problem.Message);
    }

    private static PlanProblem SingleProblem(string json)
    {
        var error = Assert.ThrowsExactly<PlanFileException>(() => PlanFile.Parse(json, FileName));
        Assert.AreEqual(FileName, error.File);
        Assert.HasCount(1, error.Problems, string.Join(Environment.NewLine, error.Problems));
        return error.Problems[0];
    }
}
