using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Excel;

/// <summary>The Akita sample with indicator values written the ways plans write them (38.4%, 31 手続, 12,345 件, -), and its workbooks.</summary>
internal static class ExcelSamples
{
    public const string Digital = "デジタル化推進本部";
    public const string Statistics = "企画財政部情報統計課";
    public const string Citizens = "市民生活部市民課";
    public const string Tax = "企画財政部納税課";

    public static readonly Profile Akita = ProfileLibrary.Load("akita");

    public static Plan Sample { get; } = WithValues(Samples.Load("akita"));

    public static byte[] Workbook(string department) => ExcelTemplateWriter.Write(Sample, Akita, department);

    public static CollectResult Collect(params (string Name, byte[] Bytes)[] workbooks) => ExcelCollector.Collect(Sample, Akita, workbooks);

    private static Plan WithValues(Plan plan)
    {
        static IndicatorValue V(int year, string value) => new() { FiscalYear = new FiscalYear(year), Value = value };
        var values = new Dictionary<string, Indicator>
        {
            // akita-1-01 is shared by デジタル化推進本部 and 企画財政部情報統計課.
            ["akita-1-01"] = new() { Baseline = V(2020, "38.4%"), Targets = [V(2023, "100%")], Actuals = [V(2021, "45.2%")] },
            ["akita-1-02"] = new() { Baseline = V(2020, "31 手続"), Targets = [V(2023, "46 手続")], Actuals = [V(2021, "35 手続"), V(2022, "-")] },
            ["akita-1-04"] = new() { Baseline = V(2020, "12,345 件"), Targets = [V(2023, "20,000 件")] },
        };
        Area Fill(Area area) => area with
        {
            Measures = area.Measures.Select(m => values.TryGetValue(m.Id, out var v)
                ? m with { Indicators = [v with { Name = m.Indicators[0].Name }, .. m.Indicators.Skip(1)] }
                : m).ToArray(),
            Areas = area.Areas.Select(Fill).ToArray(),
        };
        return plan with { Areas = plan.Areas.Select(Fill).ToArray() };
    }
}
