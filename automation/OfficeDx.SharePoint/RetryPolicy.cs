namespace OfficeDx.SharePoint;

/// <summary>
/// Retries beyond the SDK's handler: a connection dropped mid-response, a request that timed out, or a 429/503 still
/// answered after the handler's own retries. Delays double from <see cref="FirstDelay"/>.
/// </summary>
public sealed record RetryPolicy(int Attempts, TimeSpan FirstDelay)
{
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromSeconds(2));

    public TimeSpan DelayBefore(int attempt) => TimeSpan.FromTicks(FirstDelay.Ticks * (1L << Math.Min(attempt - 1, 10)));
}
