using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Identity.Web;
using OfficeDx.Service.Endpoints;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Hosting;

/// <summary>Builds the OfficeDx web service: the JSON API for the add-in, its OpenAPI document, and the add-in's own files.</summary>
public static class ServiceHost
{
    public const string AddinCorsPolicy = "addin";

    public static WebApplication Build(ServiceOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(ServiceHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseKestrelCore();
        // Office loads task panes over HTTPS only: let --urls https://… take a certificate from configuration (Kestrel:Certificates:Default).
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(options.Urls.ToArray());
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
        });

        builder.Logging.ClearProviders();
        if (options.JsonLogs) builder.Logging.AddJsonConsole(json => json.IncludeScopes = false);
        else builder.Logging.AddSimpleConsole(simple => simple.SingleLine = true);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A failed start (port in use) is reported in Japanese by `officedx serve`; the host's own log line would add a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
            context.ProblemDetails.Title = ProblemTitles.For(status);
            context.ProblemDetails.Detail ??= ProblemTitles.DefaultDetail(status);
            context.ProblemDetails.Type ??= $"https://httpstatuses.io/{status}";
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // One set of limits for every reader in the process (they are static in the library); also offered as options.
        var limits = InputLimitsConfiguration.Apply(builder.Configuration);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(limits));
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OfficeDx サービス";
            document.Info.Description = "自治体DX推進計画の施策表を Word・Excel のアドインから作成・読み取りする API。エラーは RFC 7807 の problem details（日本語）で返します。";
            return Task.CompletedTask;
        }));
        builder.Services.AddCors(cors => cors.AddPolicy(AddinCorsPolicy, policy => policy
            .WithOrigins(options.AllowedOrigins.ToArray())
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Authorization")));
        if (options.Entra is { } entra)
        {
            builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddMicrosoftIdentityWebApi(jwt => { }, identity =>
                {
                    identity.Instance = entra.Instance;
                    identity.TenantId = entra.TenantId;
                    identity.ClientId = entra.ClientId;
                });
            builder.Services.AddAuthorization();
        }

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLogging>();
        if (options.AllowedOrigins.Count > 0) app.UseCors(AddinCorsPolicy);
        if (options.Entra is not null)
        {
            app.UseAuthentication();
            app.UseAuthorization();
        }
        if (options.AddinRoot is { } root)
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(root));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["word.html"] });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        app.MapGet("/health", () => Results.Json(new Health("ok", typeof(ServiceHost).Assembly.GetName().Version?.ToString() ?? "")))
            .WithSummary("サービスが動いているかどうか");
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        if (options.Entra is not null) api.RequireAuthorization();
        ProfileEndpoints.Map(api);
        WordFragmentEndpoints.Map(api);
        DocumentEndpoints.Map(api);
        ExcelEndpoints.Map(api, options);
        GlossaryEndpoints.Map(api);
        return app;
    }
}

/// <summary>The health endpoint's answer.</summary>
public sealed record Health(string Status, string Version);
