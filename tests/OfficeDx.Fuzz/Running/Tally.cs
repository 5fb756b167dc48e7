using System.Text.Json.Serialization;

namespace OfficeDx.Fuzz.Running;

/// <summary>The counts of a run: per outcome, per kind and per entry point, the bugs and timeouts found, and the peak memory.</summary>
[JsonObjectCreationHandling(JsonObjectCreationHandling.Populate)]
public sealed class Tally
{
    private const int KeptFindings = 200;

    public int Seed { get; init; }
    public long From { get; init; }
    public long Count { get; init; }
    public long Inputs { get; set; }
    public long Accepted { get; set; }
    public long Refused { get; set; }
    public long Bugs { get; set; }
    public long Timeouts { get; set; }
    public long ProcessRuns { get; set; }
    public int WorkerRestarts { get; set; }
    public bool StoppedAtTimeLimit { get; set; }
    public long PeakWorkerBytes { get; set; }
    public long PeakProcessBytes { get; set; }
    public double ElapsedSeconds { get; set; }
    public double SlowestInputMs { get; set; }
    public SortedDictionary<string, SortedDictionary<string, long>> ByKind { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, SortedDictionary<string, long>> ByTarget { get; } = new(StringComparer.Ordinal);
    public List<Finding> Findings { get; } = [];

    [JsonIgnore]
    public bool Clean => Bugs == 0 && Timeouts == 0;

    public void Add(long index, string kind, string target, Outcome outcome, double milliseconds, string mutation, string detail)
    {
        Inputs++;
        switch (outcome)
        {
            case Outcome.Accepted: Accepted++; break;
            case Outcome.Refused: Refused++; break;
            case Outcome.Bug: Bugs++; break;
            case Outcome.Timeout: Timeouts++; break;
        }
        if (detail.StartsWith("process:", StringComparison.Ordinal) || detail.StartsWith("officedx process", StringComparison.Ordinal)) ProcessRuns++;
        if (outcome != Outcome.Timeout) SlowestInputMs = Math.Max(SlowestInputMs, milliseconds);
        Increment(ByKind, kind, outcome);
        Increment(ByTarget, target, outcome);
        if (outcome is Outcome.Bug or Outcome.Timeout && Findings.Count < KeptFindings)
            Findings.Add(new Finding(index, kind, target, outcome.ToString(), mutation, detail));
    }

    private static void Increment(SortedDictionary<string, SortedDictionary<string, long>> table, string key, Outcome outcome)
    {
        if (!table.TryGetValue(key, out var row)) table[key] = row = new SortedDictionary<string, long>(StringComparer.Ordinal);
        row[outcome.ToString()] = row.GetValueOrDefault(outcome.ToString()) + 1;
    }
}

/// <summary>One bug or timeout: enough to make the input again (`input --seed S --index N`) and to see what went wrong.</summary>
public sealed record Finding(long Index, string Kind, string Target, string Outcome, string Mutation, string Detail);
