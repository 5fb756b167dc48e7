using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OfficeDx.Storage;

namespace OfficeDx.Service.Jobs;

/// <summary>
/// Hangfire for the service: PostgreSQL storage beside a PostgreSQL store (instances share one schedule and one queue; sliding
/// invisibility keeps a running job with its worker, a dead worker's job comes back after the timeout), in-memory storage beside
/// a SQLite store (one machine; the schedule is rebuilt from the configuration at every start). Each configured harvest is a
/// recurring job whose id is its name.
/// </summary>
public static class HarvestJobs
{
    public const string Schema = "hangfire";

    public static void AddServices(IServiceCollection services, JobOptions options)
    {
        services.AddSingleton(options);
        services.AddTransient<HarvestJob>();
        services.AddHangfire(configuration =>
        {
            configuration.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            if (options.Store.Kind == StoreKind.PostgreSql)
            {
                configuration.UsePostgreSqlStorage(bootstrap => bootstrap.UseNpgsqlConnection(options.Store.ConnectionString, null), new PostgreSqlStorageOptions
                {
                    SchemaName = Schema,
                    PrepareSchemaIfNecessary = true,
                    InvisibilityTimeout = options.InvisibilityTimeout,
                    UseSlidingInvisibilityTimeout = true,
                    QueuePollInterval = options.PollInterval,
                    DistributedLockTimeout = options.LockTimeout,
                });
            }
            else configuration.UseInMemoryStorage();
        });
        services.AddHangfireServer(server =>
        {
            server.WorkerCount = options.Workers;
            server.SchedulePollingInterval = options.PollInterval;
            server.ServerName = $"officedx-{Environment.MachineName}-{Environment.ProcessId}";
        });
    }

    /// <summary>Registers (or updates) every configured harvest as a recurring job; instances doing the same at start agree.</summary>
    public static void Schedule(WebApplication app, JobOptions options)
    {
        var manager = app.Services.GetRequiredService<IRecurringJobManager>();
        foreach (var schedule in options.Schedules)
        {
            manager.AddOrUpdate<HarvestJob>(schedule.Name, job => job.RunAsync(schedule.Name, null, CancellationToken.None), schedule.Cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }
    }

    /// <summary>The schedules with their last and next run, as Hangfire's storage knows them.</summary>
    public static IReadOnlyList<ScheduleState> States(JobStorage storage, JobOptions options)
    {
        using var connection = storage.GetConnection();
        var known = connection.GetRecurringJobs().ToDictionary(j => j.Id, StringComparer.Ordinal);
        return options.Schedules.Select(s =>
        {
            known.TryGetValue(s.Name, out var job);
            return new ScheduleState(s.Name, s.Cron, s.Source, job?.LastExecution, job?.NextExecution, job?.LastJobState, job?.LastJobId);
        }).ToList();
    }
}

/// <summary>A schedule as the console shows it (times in UTC).</summary>
public sealed record ScheduleState(string Name, string Cron, string Source, DateTime? LastExecution, DateTime? NextExecution, string? LastJobState, string? LastJobId);
