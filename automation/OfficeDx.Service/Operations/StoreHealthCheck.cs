using Microsoft.Extensions.Diagnostics.HealthChecks;
using OfficeDx.Storage;

namespace OfficeDx.Service.Operations;

/// <summary>The harvest store answers a query (SQLite file or PostgreSQL server): submissions can be kept.</summary>
public sealed class StoreHealthCheck(WorkbookArchive archive) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await archive.CheckAsync(cancellationToken);
            return HealthCheckResult.Healthy($"保存先 {archive.Location.Display} に接続できます。");
        }
        catch (StoreException e)
        {
            return HealthCheckResult.Unhealthy(e.Message);
        }
    }
}
