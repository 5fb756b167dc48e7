using System.Globalization;
using Microsoft.Extensions.Configuration;
using OfficeDx.Storage;

namespace OfficeDx.Service.Jobs;

/// <summary>
/// Reads the DX office's console and scheduled harvests from configuration (OfficeDx:Scheduling: Enabled, Schedules:N =
/// NAME|CRON|SOURCE, Deadline, InvisibilitySeconds, PollSeconds, LockSeconds), over the service's store. Off unless enabled.
/// </summary>
public static class JobSettings
{
    public const string Section = "OfficeDx:Scheduling";

    public static JobOptions? Read(IConfiguration configuration, string? store)
    {
        var section = configuration.GetSection(Section);
        if (!string.Equals(section["Enabled"], "true", StringComparison.OrdinalIgnoreCase) || store is null) return null;
        var defaults = new JobOptions { Store = StoreLocation.Parse(store) };
        TimeSpan? Seconds(string key) => section[key] is { Length: > 0 } text ? TimeSpan.FromSeconds(int.Parse(text, CultureInfo.InvariantCulture)) : null;
        return defaults with
        {
            Schedules = section.GetSection("Schedules").GetChildren().Select(c => HarvestSchedule.Parse(c.Value ?? "")).ToList(),
            InvisibilityTimeout = Seconds("InvisibilitySeconds") ?? defaults.InvisibilityTimeout,
            PollInterval = Seconds("PollSeconds") ?? defaults.PollInterval,
            LockTimeout = Seconds("LockSeconds") ?? defaults.LockTimeout,
            Deadline = section["Deadline"] is { Length: > 0 } deadline ? DateOnly.Parse(deadline, CultureInfo.InvariantCulture) : null,
        };
    }
}
