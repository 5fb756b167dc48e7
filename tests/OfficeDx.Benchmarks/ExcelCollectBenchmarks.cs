using BenchmarkDotNet.Attributes;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Benchmarks;

/// <summary>Collecting 50 department workbooks of 100 measures each (every measure shared by all 50 departments), and writing one of them.</summary>
[MemoryDiagnoser]
public class ExcelCollectBenchmarks
{
    private const int Departments = 50;
    private Plan _plan = null!;
    private Profile _profile = null!;
    private (string Name, byte[] Bytes)[] _workbooks = [];

    [GlobalSetup]
    public void Setup()
    {
        var names = Enumerable.Range(1, Departments).Select(i => $"企画財政部第{i}課").ToArray();
        var plan = SyntheticPlans.Create(100);
        Area Share(Area area) => area with { Measures = area.Measures.Select(m => m with { Departments = names }).ToArray(), Areas = area.Areas.Select(Share).ToArray() };
        _plan = plan with { Areas = plan.Areas.Select(Share).ToArray() };
        _profile = ProfileLibrary.Load("akita");
        _workbooks = names.Select(n => (ExcelTemplateWriter.FileName(n), ExcelTemplateWriter.Write(_plan, _profile, n))).ToArray();
    }

    [Benchmark]
    public CollectResult Collect50Workbooks() => ExcelCollector.Collect(_plan, _profile, _workbooks);

    [Benchmark]
    public byte[] WriteOneWorkbook() => ExcelTemplateWriter.Write(_plan, _profile, "企画財政部第1課");
}
