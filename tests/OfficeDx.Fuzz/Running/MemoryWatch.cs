using System.Runtime;

namespace OfficeDx.Fuzz.Running;

/// <summary>
/// Samples this process's resident memory every few milliseconds: the peak during the current input, the peak over the
/// worker's life, and whether the current input passed the limit. A worker is long-lived, so each input starts from a collected
/// heap (<see cref="StartInput"/>): what an earlier input left for the GC to collect is not charged to the next one.
/// </summary>
public sealed class MemoryWatch : IDisposable
{
    /// <summary>Above this resident size an input starts only after a full compacting collection.</summary>
    private long _collectAbove;
    private readonly long _limit;
    private readonly Timer _timer;
    private long _inputPeak;
    private long _lifePeak;

    public MemoryWatch(long limitBytes)
    {
        _limit = limitBytes;
        _collectAbove = limitBytes / 4;
        _timer = new Timer(_ => Sample(), null, 0, 10);
    }

    /// <summary>The largest resident size seen over the worker's life, inputs and warm-up included.</summary>
    public long PeakBytes => Math.Max(Interlocked.Read(ref _lifePeak), Interlocked.Read(ref _inputPeak));

    /// <summary>The largest resident size seen since the current input started.</summary>
    public long InputPeakBytes => Interlocked.Read(ref _inputPeak);

    public bool OverLimit => Interlocked.Read(ref _inputPeak) > _limit;

    /// <summary>
    /// Collects what earlier inputs left (when the process has grown past a quarter of the limit, and by an eighth of it since the
    /// last collection, so that most inputs pay nothing even when what the worker keeps is past a quarter) and starts the input's
    /// peak at the resident size it starts from. The collection is not part of the input's wall time.
    /// </summary>
    public void StartInput(bool always = false)
    {
        if (always || Environment.WorkingSet > _collectAbove)
        {
            Collect();
            _collectAbove = Math.Max(_limit / 4, Environment.WorkingSet + _limit / 8);
        }
        Raise(ref _lifePeak, Interlocked.Exchange(ref _inputPeak, Environment.WorkingSet));
    }

    /// <summary>
    /// Whether this worker should hand over to a fresh one before its next input: past half the limit even after a full collection,
    /// what it holds is no input's doing (memory the GC keeps, caches of the inputs so far), and an input starting from there would
    /// be charged with it.
    /// </summary>
    public bool NeedsFreshProcess()
    {
        if (Environment.WorkingSet <= _limit / 2) return false;
        Collect();
        _collectAbove = Math.Max(_limit / 4, Environment.WorkingSet + _limit / 8);
        return Environment.WorkingSet > _limit / 2;
    }

    /// <summary>A full, blocking, compacting collection (large objects too), whose freed memory the GC gives back.</summary>
    public static void Collect()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private void Sample() => Raise(ref _inputPeak, Environment.WorkingSet);

    private static void Raise(ref long peak, long now)
    {
        long seen;
        do seen = Interlocked.Read(ref peak);
        while (now > seen && Interlocked.CompareExchange(ref peak, now, seen) != seen);
    }

    /// <summary>The kernel's own high-water mark (VmHWM) of a process: the real officedx processes a worker starts.</summary>
    public static long PeakResident(int? processId = null)
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "self"}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    public void Dispose() => _timer.Dispose();
}
