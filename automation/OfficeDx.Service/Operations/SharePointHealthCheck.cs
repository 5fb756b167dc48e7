using Microsoft.Extensions.Diagnostics.HealthChecks;
using OfficeDx.SharePoint;

namespace OfficeDx.Service.Operations;

/// <summary>The SharePoint library submissions are copied to is configured completely: its location reads and Graph sign-in settings are there.</summary>
public sealed class SharePointHealthCheck(string library) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var location = SharePointLocation.Parse(library);
            var auth = GraphAuthOptions.FromEnvironment();
            return Task.FromResult(HealthCheckResult.Healthy($"{location} へ写しを保存します（{auth.Mode}）。"));
        }
        catch (SharePointException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message));
        }
    }
}
