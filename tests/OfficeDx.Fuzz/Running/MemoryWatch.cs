namespace OfficeDx.Fuzz.Running;

/// <summary>Samples this process's resident memory every few milliseconds: the peak, and whether the limit was passed.</summary>
public sealed class MemoryWatch : IDisposable
{
    private readonly long _limit;
    private readonly Timer _timer;
    private long _peak;

    public MemoryWatch(long limitBytes)
    {
        _limit = limitBytes;
        _timer = new Timer(_ => Sample(), null, 0, 10);
    }

    public long PeakBytes => Math.Max(Interlocked.Read(ref _peak), PeakResident());

    public bool OverLimit => Interlocked.Read(ref _peak) > _limit;

    private void Sample()
    {
        var now = Environment.WorkingSet;
        long seen;
        do seen = Interlocked.Read(ref _peak);
        while (now > seen && Interlocked.CompareExchange(ref _peak, now, seen) != seen);
    }

    /// <summary>The kernel's own high-water mark (VmHWM), which catches a peak between two samples.</summary>
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
