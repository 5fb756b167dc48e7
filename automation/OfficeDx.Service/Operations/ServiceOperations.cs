using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using OfficeDx.Service.Hosting;
using OfficeDx.Storage;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace OfficeDx.Service.Operations;

/// <summary>
/// What an operator watches: health checks at /health (the store, the SharePoint copy when set), one HTTP log line per request
/// through ASP.NET Core's HTTP logging, and OpenTelemetry traces and metrics, exported over OTLP only when an endpoint is set.
/// </summary>
public static class ServiceOperations
{
    public const string HealthPath = "/health";

    public static void Add(IServiceCollection services, ILoggingBuilder logging, ServiceOptions options)
    {
        var health = services.AddHealthChecks();
        if (options.EffectiveStore is { } store)
        {
            var archive = new WorkbookArchive(StoreLocation.Parse(store));
            health.AddCheck("store", new StoreHealthCheck(archive), tags: ["store"]);
        }
        if (options.SharePointCopy is { } library) health.AddCheck("sharepoint", new SharePointHealthCheck(library), tags: ["sharepoint"]);

        services.AddHttpLogging(http =>
        {
            // Method, path, status and duration in one line per request; never bodies or headers (tokens, uploaded documents).
            http.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            http.CombineLogs = true;
        });
        logging.AddFilter("Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", LogLevel.Information);

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("officedx", serviceVersion: typeof(ServiceOperations).Assembly.GetName().Version?.ToString()))
            .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(asp => asp.Filter = context => context.Request.Path != HealthPath))
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation());
        if (options.OtlpEndpoint is { } endpoint) telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(endpoint));
    }

    /// <summary>HTTP logging first, so the status it records is the one the caller gets (problem documents written by the handlers included).</summary>
    public static void UseLogging(WebApplication app) => app.UseHttpLogging();

    public static void MapHealth(WebApplication app) =>
        app.MapHealthChecks(HealthPath, new HealthCheckOptions { ResponseWriter = WriteAsync })
            .WithMetadata(new HttpMethodMetadata(["GET"]))
            .WithSummary("サービスの状態：Healthy / Degraded / Unhealthy と、ストア・SharePoint の確認結果");

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var answer = new Health(report.Status.ToString(), typeof(ServiceOperations).Assembly.GetName().Version?.ToString() ?? "",
            report.Entries.ToDictionary(e => e.Key, e => new HealthEntry(e.Value.Status.ToString(), e.Value.Description)));
        return context.Response.WriteAsync(JsonSerializer.Serialize(answer, JsonSerializerOptions.Web));
    }
}

/// <summary>The health endpoint's answer: Healthy, Degraded or Unhealthy overall, and each check's.</summary>
public sealed record Health(string Status, string Version, IReadOnlyDictionary<string, HealthEntry> Checks);

/// <summary>One health check's result.</summary>
public sealed record HealthEntry(string Status, string? Description);
