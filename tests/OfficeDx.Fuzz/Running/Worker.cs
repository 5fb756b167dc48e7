using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using OfficeDx.Cli;
using OfficeDx.Documents.Profiles;
using OfficeDx.Fuzz.Targets;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Fuzz.Running;

/// <summary>
/// Runs a range of inputs in one process: every command in process (CliApplication.Run, as officedx would), every endpoint
/// through the real service on 127.0.0.1, and now and then a command as a real officedx process. It reports each input to the
/// supervisor before and after running it, and exits after a timeout or memory over the limit (the stuck work cannot be stopped).
/// </summary>
public sealed class Worker(Corpus corpus, InputGenerator generator, WorkerSettings settings)
{
    /// <summary>One input in this many that goes to a command runs it as a real process.</summary>
    private const int ProcessEvery = 500;

    private readonly StreamWriter _protocol = new(Console.OpenStandardOutput()) { AutoFlush = true };
    private readonly StringWriter _errors = new();
    private HttpClient? _client;
    private bool _reportWarmUp = true;

    public async Task<int> RunAsync(long from, long to)
    {
        await using var service = await StartAsync();
        using var memory = new MemoryWatch(settings.MemoryLimitBytes);
        for (var index = from; index < to; index++)
        {
            if (memory.NeedsFreshProcess())
            {
                // Exit 0 before the input's start line: the supervisor starts a fresh worker at this input (counted as a restart).
                _protocol.WriteLine($"P\t{memory.PeakBytes}\t{ProcessPeaks.Bytes}");
                await service.StopAsync();
                return 0;
            }
            _protocol.WriteLine($"S\t{index}");
            var input = generator.Create(index);
            memory.StartInput();
            var started = Stopwatch.GetTimestamp();
            var (verdict, stuck) = await RunWithinBudgetAsync(input, memory);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            _protocol.WriteLine(Protocol.Result(input, verdict, elapsed));
            if (stuck)
            {
                _protocol.WriteLine($"P\t{memory.PeakBytes}\t{ProcessPeaks.Bytes}");
                Environment.Exit(3);
            }
        }
        _protocol.WriteLine($"P\t{memory.PeakBytes}\t{ProcessPeaks.Bytes}");
        await service.StopAsync();
        return 0;
    }

    /// <summary>
    /// Runs one input exactly as a worker in a run does (after the warm-up, from a collected heap, within the budget) and writes
    /// its verdict, wall time and memory: what the input itself costs, for making a finding again.
    /// </summary>
    public async Task<int> RunOneAsync(long index, TextWriter report)
    {
        _reportWarmUp = false;
        await using var service = await StartAsync();
        using var memory = new MemoryWatch(settings.MemoryLimitBytes);
        var input = generator.Create(index);
        memory.StartInput(always: true);
        var before = Environment.WorkingSet;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var started = Stopwatch.GetTimestamp();
        var (verdict, stuck) = await RunWithinBudgetAsync(input, memory);
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        report.WriteLine(input.ToString());
        report.WriteLine($"{verdict.Outcome}: {verdict.Detail}");
        report.WriteLine($"wall time {elapsed:0} ms; resident memory {before >> 20} MB before, peak {memory.InputPeakBytes >> 20} MB during the input; allocated {allocated >> 20} MB");
        if (stuck) Environment.Exit(3);
        await service.StopAsync();
        return verdict.Outcome is Outcome.Accepted or Outcome.Refused ? 0 : 1;
    }

    /// <summary>Starts the service in this process (the endpoints' target) and warms every entry point up.</summary>
    private async Task<WebApplication> StartAsync()
    {
        Console.SetOut(TextWriter.Null);
        Console.SetError(TextWriter.Synchronized(_errors));
        var service = ServiceHost.Build(new ServiceOptions
        {
            Urls = ["http://127.0.0.1:0"],
            PlanFolders = [corpus.PlanFolder],
            DataFolder = Path.Combine(settings.WorkFolder, "data", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            JsonLogs = false,
            // The DX office's console (/console) is there only with a harvest store and jobs.
            Jobs = new OfficeDx.Service.Jobs.JobOptions { Store = OfficeDx.Storage.StoreLocation.Sqlite(corpus.Store) },
        });
        await service.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(service.Urls.Single()), Timeout = Timeout.InfiniteTimeSpan };
        await WarmUpAsync();
        return service;
    }

    /// <summary>
    /// Runs every entry point once on its unmutated seed, uncounted: the first call of a code path pays for compiling it,
    /// which is not the input's time.
    /// </summary>
    private async Task WarmUpAsync()
    {
        var manifest = System.Text.Encoding.UTF8.GetBytes($"{{\"jobs\":[{{\"name\":\"w\",\"plan\":\"{Mutators.BatchManifests.PlanFile}\",\"out\":\"w\"}}]}}");
        var seeds = new Dictionary<InputKind, Seed>
        {
            [InputKind.Docx] = corpus.Documents[0],
            [InputKind.Xlsx] = corpus.Workbooks[0],
            [InputKind.Plan] = corpus.Plans[0],
            [InputKind.Terms] = new("terms.json", corpus.Terms),
            [InputKind.Batch] = new("batch", manifest),
            [InputKind.Fragment] = corpus.Fragments[0],
            [InputKind.MeasureRequest] = corpus.MeasureRequests[0],
            [InputKind.TemplateRequest] = corpus.TemplateRequests[0],
            [InputKind.Text] = corpus.Texts[0],
            [InputKind.Profile] = corpus.Profiles[0],
            [InputKind.Words] = new("words", "akita-2021\n2022"u8.ToArray()),
        };
        var names = TargetCatalog.Commands.Select(t => (t.Name, t.Kind)).Concat(TargetCatalog.Endpoints.Select(t => (t.Name, t.Kind)));
        var index = -1L;
        foreach (var (name, kind) in names)
        {
            var input = new FuzzCase(index--, kind, seeds[kind].Name, "warm-up", seeds[kind].Bytes, name);
            using var workspace = new Workspace(settings.WorkFolder, input.Index);
            await RunAsync(input, workspace, new Random(0), CancellationToken.None);
            if (_reportWarmUp) _protocol.WriteLine($"W\t{name}"); // alive: on a busy machine warming up takes longer than the supervisor waits for a silent worker
        }
    }

    private async Task<(Verdict, bool Stuck)> RunWithinBudgetAsync(FuzzCase input, MemoryWatch memory)
    {
        using var workspace = new Workspace(settings.WorkFolder, input.Index);
        var asProcess = input.Index % ProcessEvery == ProcessEvery / 2 && input.Target.StartsWith("cli:", StringComparison.Ordinal);
        var budget = asProcess ? settings.Budget + settings.ProcessStartAllowance : settings.Budget;
        using var cancel = new CancellationTokenSource();
        var random = generator.RandomFor(input.Index ^ 0x5bd1e995);
        var work = Task.Run(() => asProcess ? RunProcessAsync(input, workspace, budget, cancel.Token) : RunAsync(input, workspace, random, cancel.Token));
        var clock = Stopwatch.StartNew();
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(20));
            if (memory.OverLimit)
                return (Verdict.Bug($"memory over {settings.MemoryLimitBytes >> 20} MB ({memory.PeakBytes >> 20} MB)"), true);
            if (clock.Elapsed > budget * settings.AbandonAfter)
            {
                await cancel.CancelAsync();
                return (new Verdict(Outcome.Timeout, $"still running after {(budget * settings.AbandonAfter).TotalSeconds:0.#} s, abandoned"), true);
            }
        }
        try
        {
            var verdict = await work;
            return (clock.Elapsed > budget ? new Verdict(Outcome.Timeout, $"{clock.Elapsed.TotalSeconds:0.0} s, over the {budget.TotalSeconds:0.#} s budget ({verdict.Outcome}: {verdict.Detail})") : verdict, false);
        }
        catch (Exception e)
        {
            return (Verdict.Bug($"{e.GetType().Name} escaped: {CliTarget.Trim(e.Message)}"), false);
        }
    }

    private async Task<Verdict> RunAsync(FuzzCase input, Workspace workspace, Random random, CancellationToken cancel)
    {
        if (TargetCatalog.Commands.FirstOrDefault(t => t.Name == input.Target) is { } command)
        {
            var args = command.Prepare(input, workspace, corpus);
            _errors.GetStringBuilder().Clear();
            var code = CliApplication.Run(args);
            // A --profiles folder is process-wide (the library's lookup): the service in this process must not keep the deleted one.
            if (input.Kind == InputKind.Profile) ProfileLibrary.UseFolders(ProfileLibrary.FoldersFor(null, null));
            string errors;
            lock (_errors) errors = _errors.ToString();
            return CliTarget.Judge(code, errors);
        }
        var endpoint = TargetCatalog.Endpoints.Single(t => t.Name == input.Target);
        using var request = endpoint.Request(input, random);
        using var response = await _client!.SendAsync(request, cancel);
        return HttpTarget.Judge((int)response.StatusCode, await response.Content.ReadAsStringAsync(cancel));
    }

    private async Task<Verdict> RunProcessAsync(FuzzCase input, Workspace workspace, TimeSpan budget, CancellationToken cancel)
    {
        var command = TargetCatalog.Commands.Single(t => t.Name == input.Target);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = workspace.Path };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "officedx.dll"));
        foreach (var arg in command.Prepare(input, workspace, corpus)) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync(cancel);
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!process.HasExited)
        {
            peak = Math.Max(peak, MemoryWatch.PeakResident(process.Id));
            if (clock.Elapsed > budget || cancel.IsCancellationRequested || peak > settings.MemoryLimitBytes)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                return peak > settings.MemoryLimitBytes
                    ? Verdict.Bug($"officedx process memory over {settings.MemoryLimitBytes >> 20} MB")
                    : new Verdict(Outcome.Timeout, $"officedx process over {budget.TotalSeconds:0.#} s");
            }
            await Task.Delay(10, CancellationToken.None);
        }
        await output;
        var verdict = CliTarget.Judge(process.ExitCode, await errors);
        ProcessPeaks.Record(peak);
        return verdict with { Detail = $"process: {verdict.Detail}" };
    }
}

/// <summary>How a worker runs: the work folder, the wall-time budget per input, the memory limit.</summary>
public sealed record WorkerSettings(string WorkFolder, TimeSpan Budget, long MemoryLimitBytes)
{
    /// <summary>What a real officedx process gets on top of the budget for starting the .NET runtime (not the input's work).</summary>
    public TimeSpan ProcessStartAllowance { get; init; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// An input over its budget counts as a timeout; one still running at this multiple of it is abandoned with its worker
    /// (a thread cannot be stopped), so that a busy machine's slow input does not cost a worker restart.
    /// </summary>
    public int AbandonAfter { get; init; } = 5;
}

/// <summary>The largest resident memory of the real officedx processes this worker started.</summary>
public static class ProcessPeaks
{
    private static long _peak;

    public static long Bytes => Interlocked.Read(ref _peak);

    public static void Record(long bytes)
    {
        long seen;
        do seen = Interlocked.Read(ref _peak);
        while (bytes > seen && Interlocked.CompareExchange(ref _peak, bytes, seen) != seen);
    }
}
