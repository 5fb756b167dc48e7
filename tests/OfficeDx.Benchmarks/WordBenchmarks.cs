using BenchmarkDotNet.Attributes;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Benchmarks;

/// <summary>Generating and harvesting plans of 100 and 1,000 measures in the Akita house style.</summary>
[MemoryDiagnoser]
public class WordBenchmarks
{
    private Plan _plan = null!;
    private Profile _profile = null!;
    private byte[] _document = [];

    [Params(100, 1000)]
    public int Measures { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _plan = SyntheticPlans.Create(Measures);
        _profile = ProfileLibrary.Load("akita");
        _document = PlanDocumentWriter.Write(_plan, _profile);
    }

    [Benchmark]
    public byte[] Generate() => PlanDocumentWriter.Write(_plan, _profile);

    [Benchmark]
    public Plan Harvest() => PlanDocumentReader.Read(_document, "synthetic.docx").Plan;
}
