using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using OfficeDx.Cli.Tests.Support;
using OfficeDx.SharePoint.Tests.StandIn;
using OfficeDx.Storage;
using OfficeDx.Storage.Tests;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// Two officedx serve processes on one PostgreSQL, sharing a recurring harvest every 10 seconds (a 6-field cron, so five periods
/// fit in CI), over a folder and over SharePoint (the local Graph stand-in, signed in as App Service's managed identity): each
/// period runs once, a process killed during a run has its job and its very run finished by the other, every document is taken
/// in by exactly one run, and the store ends equal, row for row, to one clean harvest of the same source.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed partial class ScheduledHarvestTests
{
    private const int Periods = 5;

    [TestMethod]
    [Timeout(240_000, CooperativeCancellation = true)]
    public async Task TwoInstancesRunEachPeriodOnceAndTheSurvivorFinishesTheKilledRun()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("library")).FullName;
        WriteLibrary(temp, folder);
        await KillOneInstanceDuringARunAsync(temp, folder, new Dictionary<string, string>(), 5461);
    }

    [TestMethod]
    [Timeout(240_000, CooperativeCancellation = true)]
    public async Task TwoInstancesHarvestingSharePointRunEachPeriodOnceAndTheSurvivorFinishesTheKilledRun()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(temp.File("library")).FullName;
        WriteLibrary(temp, folder);
        await using var graph = await GraphStandIn.StartAsync();
        var ids = 0;
        void Upload(DirectoryInfo directory, string parentId)
        {
            foreach (var file in directory.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal)) graph.AddFile($"01F{++ids:0000}", file.Name, parentId, File.ReadAllBytes(file.FullName));
            foreach (var sub in directory.GetDirectories().OrderBy(d => d.Name, StringComparer.Ordinal)) Upload(sub, graph.AddFolder($"01D{++ids:0000}", sub.Name, parentId));
        }
        Upload(new DirectoryInfo(folder), graph.AddFolder("01PLANS", "計画", GraphStandIn.RootId));
        var signIn = new Dictionary<string, string>
        {
            [HarvestSourcesVariable] = graph.BaseUrl,
            ["OFFICEDX_AUTH"] = "managed-identity",
            ["IDENTITY_ENDPOINT"] = graph.ManagedIdentityEndpoint,
            ["IDENTITY_HEADER"] = GraphStandIn.ManagedIdentityHeader,
        };
        await KillOneInstanceDuringARunAsync(temp, $"sharepoint:{GraphStandIn.Host}/{GraphStandIn.SitePath}/{GraphStandIn.LibraryName}/計画", signIn, 5463);
        Assert.IsTrue(graph.Requests.Any(r => r.Url.StartsWith(GraphStandIn.ManagedIdentityPath, StringComparison.Ordinal)), "signed in through the managed-identity endpoint");
    }

    /// <summary>The service's variable pointing Graph at the stand-in (OfficeDx.Service.Jobs.HarvestSources.GraphBaseUrlVariable).</summary>
    private const string HarvestSourcesVariable = "OFFICEDX_GRAPH_BASE_URL";

    /// <summary>The akita plan document and every department's workbook: 1 + 46 files.</summary>
    private static void WriteLibrary(TempDirectory temp, string folder)
    {
        var plan = RepositoryFiles.SamplePlan("akita");
        CliAssert.ExitCode(0, OfficedxProcess.Run(temp.Path, "generate", "--plan", plan, "--out", Path.Combine(folder, "akita.docx")));
        CliAssert.ExitCode(0, OfficedxProcess.Run(temp.Path, "excel", "template", "--plan", plan, "--all", "--out", Path.Combine(folder, "excel")));
    }

    private static async Task KillOneInstanceDuringARunAsync(TempDirectory temp, string source, IReadOnlyDictionary<string, string> environment, int port)
    {
        await using var database = await PostgresDatabase.CreateAsync();
        string[] Args(int port) =>
        [
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--plain-logs", "--store", "postgres:" + database.Location.ConnectionString,
            "--harvest-schedule", $"library|*/10 * * * * *|{source}",
            "--job-poll-seconds", "1", "--job-invisibility-seconds", "10", "--job-lock-seconds", "10",
        ];
        await using var store = await HarvestStore.OpenAsync(database.Location);

        // The first instance creates Hangfire's schema; the second starts once it is there.
        using var first = ServiceProcess.Start(temp.Path, environment, Args(port));
        await WaitUntil(async () => (await Query(store, "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'hangfire' AND table_name = 'lock'"))[0][0] == "1", first, "Hangfire のスキーマ");
        using var second = ServiceProcess.Start(temp.Path, environment, Args(port + 1));
        var instances = new[] { first, second };

        // The first period harvests every file: kill the instance running it once some documents are in and others not yet. A
        // later period's job may already be Processing too, waiting for its turn at the source: the one to kill is the job whose
        // run (named on the job before it starts) is running.
        var (killedJob, killedPid, killedRun) = ("", 0, "");
        await WaitUntil(async () =>
        {
            var running = await Query(store, """
                SELECT j.id, s.data::text, r.run_id, (SELECT COUNT(*) FROM documents d WHERE d.last_run_id = r.run_id)
                FROM hangfire.job j JOIN hangfire.state s ON s.id = j.stateid
                JOIN hangfire.jobparameter p ON p.jobid = j.id AND p.name = 'HarvestRunId'
                JOIN harvest_runs r ON r.run_id = trim(both '"' from p.value)
                WHERE j.statename = 'Processing' AND r.status = 'running' ORDER BY j.id
                """);
            if (running.Count == 0 || running[0][3] == "0") return false;
            (killedJob, killedPid, killedRun) = (running[0][0]!, int.Parse(ServerPid().Match(running[0][1]!).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), running[0][2]!);
            return true;
        }, first, "最初の回収の途中", TimeSpan.FromMilliseconds(50));
        var victim = instances.Single(i => i.Id == killedPid);
        victim.Kill();
        var survivor = instances.Single(i => i != victim);
        var takenBeforeTheKill = int.Parse((await Query(store, "SELECT COUNT(*) FROM documents"))[0][0]!, System.Globalization.CultureInfo.InvariantCulture);

        await WaitUntil(async () => (await Query(store, "SELECT statename FROM hangfire.job WHERE id = @j", killedJob))[0][0] == "Succeeded"
            && (await Query(store, "SELECT COUNT(*) FROM hangfire.job WHERE statename = 'Succeeded'"))[0][0] is var n && int.Parse(n!, System.Globalization.CultureInfo.InvariantCulture) >= Periods,
            survivor, "引き継ぎと 5 回の回収", TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(150));
        // Stop the survivor between two periods, so the end of the test cuts no run short.
        await WaitUntil(async () => (await Query(store, "SELECT COUNT(*) FROM hangfire.job WHERE statename IN ('Processing', 'Enqueued')"))[0][0] == "0",
            survivor, "回収の合間", TimeSpan.FromMilliseconds(100));
        survivor.Kill();

        var jobs = (await Query(store, """
            SELECT j.id, j.statename, t.value, r.value FROM hangfire.job j
            LEFT JOIN hangfire.jobparameter t ON t.jobid = j.id AND t.name = 'Time'
            LEFT JOIN hangfire.jobparameter r ON r.jobid = j.id AND r.name = 'HarvestRunId'
            """)).Select(j => (Id: j[0]!, State: j[1]!, Time: j[2], Run: j[3] is { } run ? JsonSerializer.Deserialize<string>(run) : null)).ToList();
        var succeeded = jobs.Where(j => j.State == "Succeeded").ToList();
        Assert.IsGreaterThanOrEqualTo(Periods, succeeded.Count);
        Assert.AreEqual(jobs.Count, jobs.Select(j => j.Time).Distinct().Count(), "one job per period: " + string.Join(", ", jobs.Select(j => j.Time)));
        Assert.IsTrue(succeeded.All(j => j.Run is not null), "every succeeded job names its run");
        var runs = (await Query(store, "SELECT run_id, status, harvested FROM harvest_runs")).ToDictionary(r => r[0]!, r => (Status: r[1]!, Harvested: int.Parse(r[2]!, System.Globalization.CultureInfo.InvariantCulture)));
        var attributed = jobs.Where(j => j.Run is not null).Select(j => j.Run!).ToList();
        Assert.AreEqual(attributed.Count, attributed.Distinct().Count(), "no run is claimed by two jobs");
        CollectionAssert.AreEquivalent(attributed, runs.Keys.ToList(), "each job has exactly one harvest run, and no run happened outside a job");

        Assert.AreEqual(killedRun, jobs.Single(j => j.Id == killedJob).Run, "the job taken over kept its run");
        Assert.AreNotEqual("running", runs[killedRun].Status, "the survivor finished the killed run");
        // A finished run is completed, or incomplete when a file could not be read (it is fetched again next period); one still
        // running belongs to a period the end of the test cut off.
        var cutOff = jobs.Where(j => j.State == "Processing").Select(j => j.Run).ToHashSet();
        Assert.IsTrue(runs.Where(r => r.Value.Status == "running").All(r => cutOff.Contains(r.Key)), "no run is left running but by the end of the test");
        var documents = int.Parse((await Query(store, "SELECT COUNT(*) FROM documents"))[0][0]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.AreEqual(documents, runs.Values.Sum(r => r.Harvested), "every document was taken in once, by one run: nothing lost, nothing doubled");
        Assert.IsLessThan(documents, takenBeforeTheKill, "the run was killed before it finished");

        var clean = temp.File($"clean-{port}.db");
        CliAssert.ExitCode(0, OfficedxProcess.Run(temp.Path, OfficedxProcess.DefaultTimeout, environment, "harvest", "--source", source, "--store", "sqlite:" + clean));
        await using var cleanStore = await HarvestStore.OpenAsync(StoreLocation.Sqlite(clean));
        CollectionAssert.AreEqual((await StoreContents.DumpAsync(cleanStore)).ToList(), (await StoreContents.DumpAsync(store)).ToList());
    }

    private static async Task<IReadOnlyList<string?[]>> Query(HarvestStore store, string sql, string? job = null) =>
        job is null ? await store.QueryAsync(sql) : await store.QueryAsync(sql, default, ("j", long.Parse(job, System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task WaitUntil(Func<Task<bool>> condition, ServiceProcess watched, string what, TimeSpan? every = null, TimeSpan? within = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < (within ?? TimeSpan.FromSeconds(90)))
        {
            try
            {
                if (await condition()) return;
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == "42P01")
            {
                // Hangfire's tables are not there yet.
            }
            Assert.IsFalse(watched.Exited, $"officedx serve stopped while waiting for {what}:\n{watched.Output}");
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(500));
        }
        Assert.Fail($"{what} did not happen within {clock.Elapsed.TotalSeconds:0} s:\n{watched.Output}");
    }

    /// <summary>The process id in a Hangfire server id (officedx-MACHINE-PID:PID:GUID).</summary>
    [GeneratedRegex(@"""ServerId""\s*:\s*""officedx-.*?-(\d+):")]
    private static partial Regex ServerPid();
}
