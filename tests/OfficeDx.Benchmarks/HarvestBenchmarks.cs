using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;
using OfficeDx.SharePoint;
using OfficeDx.SharePoint.Tests;
using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;
using OfficeDx.Storage.Harvesting;

namespace OfficeDx.Benchmarks;

/// <summary>
/// A first (full) harvest of 2,000 documents from the local Graph stand-in through the real Graph SDK into SQLite and into
/// PostgreSQL (OFFICEDX_TEST_POSTGRES). Each operation harvests into an empty store; documents per second = 2,000 / time.
/// </summary>
[Config(typeof(HarvestBenchmarks.LongRunning))]
[MemoryDiagnoser]
public class HarvestBenchmarks
{
    /// <summary>Two measured runs after one warm-up, in process (the stand-in server lives in this process), up to 20 minutes.</summary>
    public sealed class LongRunning : ManualConfig
    {
        public LongRunning() => AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(20), logOutput: false))
            .WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(2));
    }

    public const int Documents = 2000;

    private static readonly SharePointLocation Location =
        SharePointLocation.Parse($"sharepoint:{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/計画");

    private GraphStandIn standIn = null!;
    private HarvestStore store = null!;
    private string? sqliteFile;

    [Params(StoreKind.Sqlite, StoreKind.PostgreSql)]
    public StoreKind Store { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        standIn = GraphStandIn.StartAsync().GetAwaiter().GetResult();
        standIn.PageSize = 200; // Graph's default page size for delta
        var profile = ProfileLibrary.Load("akita");
        // Ten measures per document, eight distinct documents in rotation: files differ by id and eTag.
        var documents = Enumerable.Range(0, 8).Select(i => PlanDocumentWriter.Write(SyntheticPlans.Create(10) with { Id = $"bench-{i}" }, profile)).ToArray();
        standIn.AddFolder("01PLANS", "計画", GraphStandIn.RootId);
        for (var i = 0; i < Documents; i++) standIn.AddFile($"01FILE{i:0000}", $"計画書{i:0000}.docx", "01PLANS", documents[i % documents.Length]);
    }

    [IterationSetup]
    public void EmptyStore()
    {
        StoreLocation location;
        if (Store == StoreKind.Sqlite)
        {
            sqliteFile = Path.Combine(Path.GetTempPath(), $"odx-bench-{Guid.NewGuid():N}.db");
            location = StoreLocation.Sqlite(sqliteFile);
        }
        else
        {
            location = new StoreLocation(StoreKind.PostgreSql, Environment.GetEnvironmentVariable("OFFICEDX_TEST_POSTGRES")
                ?? throw new InvalidOperationException("Set OFFICEDX_TEST_POSTGRES to a PostgreSQL connection string."));
        }
        store = HarvestStore.OpenAsync(location).GetAwaiter().GetResult();
        store.ClearAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public int HarvestAll()
    {
        var source = new GraphDriveSource(GraphClients.Connect(new StaticTokenCredential("bench"), standIn.BaseUrl), Location);
        var outcome = new Harvester(store).RunAsync(source).GetAwaiter().GetResult();
        if (outcome.Counts.Harvested != Documents) throw new InvalidOperationException($"harvested {outcome.Counts.Harvested} of {Documents}");
        return outcome.Counts.Harvested;
    }

    [IterationCleanup]
    public void CloseStore()
    {
        store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (sqliteFile is not null) foreach (var f in Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(sqliteFile) + "*")) File.Delete(f);
    }

    [GlobalCleanup]
    public void Cleanup() => standIn.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
