using OfficeDx.Storage;

namespace OfficeDx.Service.Jobs;

/// <summary>
/// The DX office's side of the service: the harvest store, and the harvests run on a schedule by Hangfire (PostgreSQL storage
/// when the store is PostgreSQL, so several instances share one schedule; in memory beside a SQLite store).
/// </summary>
public sealed record JobOptions
{
    public required StoreLocation Store { get; init; }

    public IReadOnlyList<HarvestSchedule> Schedules { get; init; } = [];

    /// <summary>How long a job whose worker stopped answering stays invisible before another worker takes it (PostgreSQL).</summary>
    public TimeSpan InvisibilityTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the scheduler and the queue are polled.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a lock held by a stopped instance blocks the others (PostgreSQL).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromMinutes(10);

    public int Workers { get; init; } = 2;

    /// <summary>The submission deadline the console shows beside each department's state; null when none is set.</summary>
    public DateOnly? Deadline { get; init; }
}
