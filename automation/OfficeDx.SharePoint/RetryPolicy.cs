namespace OfficeDx.SharePoint;

/// <summary>
/// Retries of what the SDK's retry handler cannot see: a connection dropped mid-response or a request that timed out.
/// Throttling (429/503/504 with Retry-After) is the handler's alone (<see cref="GraphClients.DefaultRetry"/>), so a throttled
/// request is never retried twice over. Delays double from <see cref="FirstDelay"/>.
/// </summary>
public sealed record RetryPolicy(int Attempts, TimeSpan FirstDelay)
{
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(2));

    public TimeSpan DelayBefore(int attempt) => TimeSpan.FromTicks(FirstDelay.Ticks * (1L << Math.Min(attempt - 1, 10)));
}
