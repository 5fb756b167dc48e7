using System.Collections.Concurrent;

namespace OfficeDx.SharePoint.Tests.StandIn;

/// <summary>What the stand-in does wrong, and when: throttling, server errors, dropped connections, files deleted mid-run.</summary>
public sealed class Faults
{
    /// <summary>Delta requests (by order, 1-based) answered 429 with Retry-After: <see cref="ThrottleRetryAfter"/>.</summary>
    public ConcurrentDictionary<int, bool> ThrottleDeltaRequests { get; } = new();

    /// <summary>Answer every delta request 429 (throttling that does not let up).</summary>
    public bool ThrottleEveryDeltaRequest { get; set; }

    /// <summary>The Retry-After, in seconds, of a throttled delta request.</summary>
    public int ThrottleRetryAfter { get; set; } = 1;

    /// <summary>Delta requests (by order, 1-based) answered 503 with Retry-After: 1.</summary>
    public ConcurrentDictionary<int, bool> UnavailableDeltaRequests { get; } = new();

    /// <summary>Items whose first download is cut off after half the bytes.</summary>
    public ConcurrentDictionary<string, bool> DropOnce { get; } = new();

    /// <summary>Items whose every download is cut off after half the bytes.</summary>
    public ConcurrentDictionary<string, bool> DropAlways { get; } = new();

    /// <summary>Items deleted from the drive when their content is requested (after they were listed).</summary>
    public ConcurrentDictionary<string, bool> DeleteOnDownload { get; } = new();

    /// <summary>List writes (POST items, PATCH fields; by order, 1-based) answered 429 with Retry-After: 1.</summary>
    public ConcurrentDictionary<int, bool> ThrottleListWrites { get; } = new();

    /// <summary>Answer every request 403 (the app has no grant on the site).</summary>
    public bool Forbidden { get; set; }

    public void Clear()
    {
        ThrottleDeltaRequests.Clear();
        ThrottleEveryDeltaRequest = false;
        ThrottleRetryAfter = 1;
        UnavailableDeltaRequests.Clear();
        DropOnce.Clear();
        DropAlways.Clear();
        DeleteOnDownload.Clear();
        ThrottleListWrites.Clear();
        Forbidden = false;
    }
}
