using System.Diagnostics;
using System.Globalization;

namespace OfficeDx.Fuzz.Running;

/// <summary>
/// Runs inputs [from, from+count) through worker processes, restarting a worker after a crash (a stack overflow kills it),
/// a timeout or memory over the limit, and counting the input it was on as a bug.
/// </summary>
public sealed class Supervisor(FuzzSettings settings)
{
    public async Task<Tally> RunAsync(TextWriter progress)
    {
        var tally = new Tally { Seed = settings.Seed, From = settings.From, Count = settings.Count };
        var clock = Stopwatch.StartNew();
        var next = settings.From;
        var end = settings.From + settings.Count;
        var lastReport = next;
        var failedAt = -1L;
        var failuresWithoutProgress = 0;

        // Each finding is printed as it is found, so that a run stopped from outside still tells what it found.
        void Record(long index, string kind, string target, Outcome outcome, double milliseconds, string mutation, string detail)
        {
            tally.Add(index, kind, target, outcome, milliseconds, mutation, detail);
            if (outcome is Outcome.Bug or Outcome.Timeout)
                progress.WriteLine($"found #{index.ToString(CultureInfo.InvariantCulture)} {outcome} {kind} {target} ← {mutation}: {Protocol.Clean(detail)}");
        }
        while (next < end && !tally.StoppedAtTimeLimit)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { typeof(Supervisor).Assembly.Location, "worker", "--seed", Text(settings.Seed), "--from", Text(next), "--to", Text(end),
                         "--work", settings.WorkFolder, "--budget-ms", Text((long)settings.Budget.TotalMilliseconds), "--memory-mb", Text(settings.MemoryLimitBytes >> 20) })
                start.ArgumentList.Add(arg);
            // A heap limit above the watched limit: runaway allocation ends in an OutOfMemoryException, never in a machine out of memory.
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + (settings.MemoryLimitBytes * 3 / 2).ToString("X", CultureInfo.InvariantCulture);
            using var worker = Process.Start(start)!;
            var errors = worker.StandardError.ReadToEndAsync();
            long? current = null;
            string? line;
            while ((line = await ReadLineAsync(worker, settings.Budget * 5 + settings.HangAllowance)) is not null)
            {
                var fields = line.Split('\t');
                switch (fields[0])
                {
                    case "S":
                        current = long.Parse(fields[1], CultureInfo.InvariantCulture);
                        break;
                    case "R" when fields.Length >= 8:
                        var index = long.Parse(fields[1], CultureInfo.InvariantCulture);
                        Record(index, fields[2], fields[3], Enum.Parse<Outcome>(fields[4]), double.Parse(fields[5], CultureInfo.InvariantCulture), fields[6], fields[7]);
                        current = null;
                        next = index + 1;
                        if (settings.TimeLimit is { } limit && clock.Elapsed > limit)
                        {
                            tally.StoppedAtTimeLimit = true;
                            worker.Kill(entireProcessTree: true);
                        }
                        break;
                    case "P":
                        tally.PeakWorkerBytes = Math.Max(tally.PeakWorkerBytes, long.Parse(fields[1], CultureInfo.InvariantCulture));
                        tally.PeakProcessBytes = Math.Max(tally.PeakProcessBytes, long.Parse(fields[2], CultureInfo.InvariantCulture));
                        break;
                }
                if (tally.Inputs - (lastReport - settings.From) >= 500 || next == end)
                {
                    lastReport = settings.From + tally.Inputs;
                    progress.WriteLine($"{tally.Inputs}/{settings.Count} inputs, {tally.Accepted} accepted, {tally.Refused} refused, {tally.Bugs} bugs, {tally.Timeouts} timeouts, {clock.Elapsed.TotalMinutes:0.0} min");
                }
                // Stopped by the time limit: the input the worker started meanwhile is not run, and not counted as silent.
                if (tally.StoppedAtTimeLimit) break;
            }
            if (!worker.HasExited && !tally.StoppedAtTimeLimit)
            {
                // Silent past the budget: stuck where it could not even report (a hang inside the runtime).
                worker.Kill(entireProcessTree: true);
                if (current is { } stuck)
                {
                    Record(stuck, "?", "?", Outcome.Timeout, (settings.Budget + settings.HangAllowance).TotalMilliseconds, "", "worker silent past the budget");
                    next = stuck + 1;
                }
            }
            await worker.WaitForExitAsync();
            var stderr = await errors;
            if (tally.StoppedAtTimeLimit) break;
            if (current is { } crashed && worker.ExitCode != 3)
            {
                var generator = new InputGenerator(Corpus.Open(Path.Combine(settings.WorkFolder, "corpus")), settings.Seed);
                var input = generator.Create(crashed);
                Record(crashed, input.Kind.ToString(), input.Target, Outcome.Bug, 0, input.SeedName + ": " + input.Mutation,
                    $"process died (exit {worker.ExitCode}): {Protocol.Clean(Last(stderr, 300))}");
                next = crashed + 1;
            }
            else if (worker.ExitCode != 0 && worker.ExitCode != 3 && current is null && next < end)
            {
                // Killed from outside (the machine's OOM killer, say) between two inputs: start again, unless it never gets anywhere.
                failuresWithoutProgress = next == failedAt ? failuresWithoutProgress + 1 : 1;
                failedAt = next;
                progress.WriteLine($"worker ended outside any input (exit {worker.ExitCode}) at input {next}; restarting");
                if (failuresWithoutProgress >= 3)
                    throw new InvalidOperationException($"The fuzz worker failed outside any input (exit {worker.ExitCode}) three times at input {next}: {stderr}");
            }
            if (next < end) tally.WorkerRestarts++;
        }
        tally.ElapsedSeconds = Math.Round(clock.Elapsed.TotalSeconds, 1);
        return tally;
    }

    private static async Task<string?> ReadLineAsync(Process worker, TimeSpan silence)
    {
        using var timeout = new CancellationTokenSource(silence);
        try
        {
            return await worker.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    private static string Last(string text, int length) => text.Length > length ? text[^length..] : text;

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A run: the seed and the range of inputs, the work folder, the budget per input and the memory limit per process.</summary>
public sealed record FuzzSettings(int Seed, long From, long Count, string WorkFolder, TimeSpan Budget, long MemoryLimitBytes)
{
    /// <summary>How long the supervisor waits past the budget for a worker that reports nothing before it kills it.</summary>
    public TimeSpan HangAllowance { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>When set, the run ends after the input that passes this time, however many inputs are left.</summary>
    public TimeSpan? TimeLimit { get; init; }
}
