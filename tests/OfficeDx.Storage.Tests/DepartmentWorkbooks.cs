using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Storage.Tests;

/// <summary>
/// The Akita sample with actual values on two measures, and the workbooks `officedx excel template` makes from it for three
/// departments (akita-1-01 is shared by デジタル化推進本部 and 企画財政部情報統計課; akita-1-02 is 市民生活部市民課's).
/// </summary>
public static class DepartmentWorkbooks
{
    public const string Digital = "デジタル化推進本部";
    public const string Statistics = "企画財政部情報統計課";
    public const string Citizens = "市民生活部市民課";
    public static readonly string[] Departments = [Digital, Statistics, Citizens];

    /// <summary>The Akita plan with akita-1-01 at 45.2% in 令和3年度 and akita-1-02 at 35 手続 and - in 令和3・4年度.</summary>
    public static Plan Plan { get; } = WithActuals(TestFolders.Sample("akita"), new()
    {
        ["akita-1-01"] = [(2021, "45.2%")],
        ["akita-1-02"] = [(2021, "35 手続"), (2022, "-")],
    });

    public static Plan WithActuals(Plan plan, Dictionary<string, (int Year, string Value)[]> actuals)
    {
        Area Fill(Area area) => area with
        {
            Measures = area.Measures.Select(m => actuals.TryGetValue(m.Id, out var values)
                ? m with
                {
                    Indicators =
                    [
                        m.Indicators[0] with { Actuals = values.Select(v => new IndicatorValue { FiscalYear = new FiscalYear(v.Year), Value = v.Value }).ToArray() },
                        .. m.Indicators.Skip(1),
                    ],
                }
                : m).ToArray(),
            Areas = area.Areas.Select(Fill).ToArray(),
        };
        return plan with { Areas = plan.Areas.Select(Fill).ToArray() };
    }

    /// <summary>Writes the plan document and the three departments' workbooks (excel/課名.xlsx) into the folder.</summary>
    public static void Write(DirectoryInfo folder, Plan plan)
    {
        TestFolders.WritePlan(folder, "akita.docx", plan);
        var excel = folder.CreateSubdirectory("excel");
        foreach (var department in Departments) WriteWorkbook(excel, plan, department);
    }

    public static void WriteWorkbook(DirectoryInfo folder, Plan plan, string department) =>
        File.WriteAllBytes(Path.Combine(folder.FullName, ExcelTemplateWriter.FileName(department)), Workbook(plan, department));

    public static byte[] Workbook(Plan plan, string department) => ExcelTemplateWriter.Write(plan, ProfileLibrary.Load(plan.Profile), department);

    /// <summary>The actual values as (department, measure, indicator, year, value) lines, for comparing with a query's rows.</summary>
    public const string ActualsQuery = """
        SELECT department, measure_id, indicator_no, fiscal_year, value FROM submissions WHERE field = '実績'
        ORDER BY department, measure_id, indicator_no, fiscal_year
        """;

    public static IReadOnlyList<string> Lines(IEnumerable<string?[]> rows) => rows.Select(r => string.Join("|", r)).Order(StringComparer.Ordinal).ToList();
}
