using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>Adding a house style is writing a file: a profile no code knows, with its own rows and order, writes and harvests.</summary>
[TestClass]
public sealed class NewProfileTests
{
    private const string NewCityProfile = """
        {
          "name": "newcity",
          "displayName": "新市の施策シート",
          "fiscalYearStyle": "warekiAbbreviated",
          "chapterHeading": "重点施策",
          "rows": [
            { "field": "name", "label": "施策", "synonyms": ["事業名"] },
            { "field": "departments", "label": "所管課" },
            { "field": "schedule", "label": "工程" },
            { "field": "overview", "label": "内容" },
            { "field": "indicators", "label": "成果指標" }
          ],
          "scheduleStyle": "bars",
          "indicators": { "layout": "table", "baselineYearHeader": "現状値（{year}）", "targetYearHeader": "目標値（{year}）" },
          "hierarchy": {
            "levels": [ { "name": "重点目標", "numbering": "arabic", "prefix": "重点目標" } ],
            "measure": { "name": "施策", "numbering": "circled" },
            "numberSeparator": ""
          },
          "page": { "widthMm": 297, "heightMm": 210, "topMm": 15, "bottomMm": 15, "leftMm": 15, "rightMm": 15, "labelColumnMm": 25 }
        }
        """;

    private static Plan NewCityPlan() => new()
    {
        Id = "newcity-2025",
        Municipality = "新市",
        Title = "新市DX推進計画",
        Profile = "newcity",
        Period = new PlanPeriod { From = new FiscalYear(2025), To = new FiscalYear(2028) },
        Areas =
        [
            new Area
            {
                Id = "n1", Number = "重点目標1", Title = "行かない窓口",
                Measures =
                [
                    new Measure
                    {
                        Id = "n1-1", Number = "①", Name = "電子申請の拡充", Overview = "手続を順次オンライン化する。\n添付書類を減らす。",
                        Schedule =
                        [
                            new ScheduleEntry { FiscalYear = new FiscalYear(2025), Phase = Phase.Preparation, Caption = "調査" },
                            new ScheduleEntry { FiscalYear = new FiscalYear(2026), Phase = Phase.Implementation, Caption = "R8当初予算要求" },
                            new ScheduleEntry { FiscalYear = new FiscalYear(2027), Phase = Phase.Continuation },
                        ],
                        Indicators =
                        [
                            new Indicator
                            {
                                Name = "オンライン化した手続の数",
                                Baseline = new IndicatorValue { FiscalYear = new FiscalYear(2024), Value = "12 手続" },
                                Targets = [new IndicatorValue { FiscalYear = new FiscalYear(2028), Value = "60 手続" }],
                            },
                        ],
                        Departments = ["デジタル推進課", "市民課"],
                    },
                ],
            },
        ],
    };

    [TestMethod]
    public void AProfileWrittenAsAFileGeneratesAndHarvestsWithItsOwnRows()
    {
        var dir = Directory.CreateTempSubdirectory("odx-profile-");
        var path = Path.Combine(dir.FullName, "newcity.json");
        File.WriteAllText(path, NewCityProfile);
        var profile = ProfileLibrary.Load(path);
        var plan = NewCityPlan();

        var bytes = PlanDocumentWriter.Write(plan, profile);
        Assert.IsEmpty(DocumentValidation.Validate(bytes, "newcity.docx"));
        var harvest = PlanDocumentReader.Read(bytes, "newcity.docx", profile);

        Assert.IsEmpty(harvest.Problems, string.Join("; ", harvest.Problems));
        Assert.AreEqual(PlanJson.Serialize(plan), PlanJson.Serialize(harvest.Plan));
        var labels = DocumentText.FirstColumn(bytes);
        CollectionAssert.AreEqual(new[] { "施策", "所管課", "工程", "", "内容", "成果指標" }, labels.Take(6).ToArray());
        StringAssert.Contains(DocumentText.All(bytes), "現状値（R6）");
    }
}
