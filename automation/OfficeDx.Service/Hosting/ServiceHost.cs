using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Service.Authorization;
using OfficeDx.Service.Endpoints;
using OfficeDx.Service.Operations;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;
using OfficeDx.Service.Setup;

namespace OfficeDx.Service.Hosting;

/// <summary>Builds the OfficeDx web service: the JSON API for the add-in, its OpenAPI document, and the add-in's own files.</summary>
public static class ServiceHost
{
    public const string AddinCorsPolicy = "addin";

    /// <summary>Builds the service from settings given whole (tests, tools embedding it); they are validated at start all the same.</summary>
    public static WebApplication Build(ServiceOptions options) => Build([], null, AppContext.BaseDirectory, options);

    /// <summary>
    /// Builds the service the ASP.NET Core way: appsettings.json in <paramref name="contentRoot"/> (default: the working directory),
    /// then environment variables, then the command line <paramref name="args"/> (--OfficeDx:Store=…), then <paramref name="overrides"/>
    /// (what `officedx serve` was given as named options). Throws <see cref="ServiceSettingsException"/> for a value of the wrong type;
    /// every other mistake fails validation when the service starts.
    /// </summary>
    public static WebApplication Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides = null, string? contentRoot = null) =>
        Build(args, overrides, contentRoot, null);

    /// <summary>A null <paramref name="contentRoot"/> leaves it to ASP.NET Core: --contentRoot on the command line, else the working directory.</summary>
    private static WebApplication Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? overrides, string? contentRoot, ServiceOptions? given)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ServiceHost).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
        });
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        var options = given ?? WithDefaults(ServiceSettings.Read(builder.Configuration));
        if (options.Jobs is null && Jobs.JobSettings.Read(builder.Configuration, options.EffectiveStore) is { } scheduling) options = options with { Jobs = scheduling };
        AddValidatedOptions(builder, given);
        ServiceTerms.Use(options.TermBase);

        // Started by the Windows service manager or systemd, the host reports its state to it (each is a no-op elsewhere).
        builder.Services.AddWindowsService(service => service.ServiceName = "OfficeDx");
        builder.Services.AddSystemd();
        builder.WebHost.UseKestrelCore();
        // Office loads task panes over HTTPS only: let https://… take a certificate from configuration (Kestrel:Certificates:Default).
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseUrls(options.ListenUrls.ToArray());
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
        // Every request has a time budget: past it, its token (HttpContext.RequestAborted, passed down to the readers) is cancelled
        // and the caller gets a Japanese problem document; a caller that disconnects cancels the same token.
        builder.Services.AddRequestTimeouts(timeouts => timeouts.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = options.RequestTimeout,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = context => context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = new Microsoft.AspNetCore.Mvc.ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Detail = RequestBudget.ExceededDetail(options.RequestTimeout),
                },
            }).AsTask(),
        });
        // One set of limits for every reader in the process (they are static in the library); also offered as options.
        InputLimitsConfiguration.Apply(builder.Configuration);
        builder.Services.AddSingleton<IValidateOptions<InputLimits>, Setup.InputLimitsValidation>();
        builder.Services.AddOptions<InputLimits>().Bind(builder.Configuration.GetSection(InputLimits.Section)).ValidateOnStart();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OfficeDx サービス";
            document.Info.Description = "自治体DX推進計画の施策表を Word・Excel のアドインから作成・読み取りする API。エラーは RFC 7807 の problem details（日本語）で返します。";
            return Task.CompletedTask;
        }));
        builder.Services.AddCors(cors => cors.AddPolicy(AddinCorsPolicy, policy => policy
            .WithOrigins(options.AllowedOrigins.ToArray())
            .WithMethods("GET", "POST")
            .WithHeaders("Content-Type", "Authorization", CrossSiteRequestGuard.ClientHeader)));
        ServiceAuthentication.Add(builder.Services, options);
        ServiceOperations.Add(builder.Services, builder.Logging, options);
        if (options.SharePointCopy is { } library && options.EffectiveStore is { } copied)
        {
            builder.Services.AddSingleton(services => new Plans.SharePointCopies(new OfficeDx.Storage.WorkbookArchive(OfficeDx.Storage.StoreLocation.Parse(copied)),
                library, services.GetRequiredService<ILogger<Plans.SharePointCopies>>()));
            builder.Services.AddHostedService(services => services.GetRequiredService<Plans.SharePointCopies>());
        }

        if (options.Jobs is { } jobs)
        {
            Jobs.HarvestJobs.AddServices(builder.Services, jobs);
            DxOffice.ConsoleSetup.AddServices(builder.Services, jobs);
        }

        var app = builder.Build();
        // Outermost, so that the status it logs is the one sent, also when the exception handler or the timeout set it.
        ServiceOperations.UseLogging(app);
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<BudgetBoundary>(options.RequestTimeout);
        app.UseRequestTimeouts();
        if (options.Jobs is not null) DxOffice.ConsoleSetup.UseLoopbackGuard(app, options);
        if (options.AllowedOrigins.Count > 0) app.UseCors(AddinCorsPolicy);
        app.UseMiddleware<CrossSiteRequestGuard>(options.AllowedOrigins);
        ServiceAuthentication.Use(app, options);
        if (options.AddinRoot is { } root)
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(root));
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["word.html"] });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        ServiceOperations.MapHealth(app);
        PaneSignInConfig.Map(app, options);
        app.MapOpenApi();
        // Each group of endpoints needs its app role (AppRoles); with no authentication configured, the service answers loopback only.
        var api = app.MapGroup("/api");
        api.AddEndpointFilter(new FinishedWorkIsAnswered(options.RequestTimeout));
        ProfileEndpoints.Map(ServiceAuthentication.Require(api.MapGroup(""), options, AppRoles.AnyRolePolicy));
        var drafter = ServiceAuthentication.Require(api.MapGroup(""), options, AppRoles.DrafterPolicy);
        WordFragmentEndpoints.Map(drafter);
        DocumentEndpoints.Map(drafter);
        GlossaryEndpoints.Map(drafter);
        ExcelEndpoints.Map(ServiceAuthentication.Require(api.MapGroup(""), options, AppRoles.DepartmentPolicy),
            ServiceAuthentication.Require(api.MapGroup(""), options, AppRoles.DxOfficePolicy), options);
        if (options.Jobs is { } scheduled)
        {
            Jobs.HarvestJobs.Schedule(app, scheduled);
            DxOffice.ConsoleSetup.Map(app, options);
        }
        return app;
    }

    /// <summary>What the configuration leaves open and the machine answers: the built add-in next to the working directory or the tool, the store.</summary>
    private static ServiceOptions WithDefaults(ServiceOptions options)
    {
        options.AddinRoot ??= AddinFiles.Find();
        // Submissions are kept by default in the working directory's officedx-data/officedx.db (SQLite).
        if (options.Store is null && options.DataFolder is null) options.DataFolder = Path.GetFullPath("officedx-data");
        return options;
    }

    /// <summary>
    /// The Options pattern with validation at start: bound from the "OfficeDx" section, or the settings given whole, checked by
    /// <see cref="ServiceOptionsValidation"/> before Kestrel listens.
    /// </summary>
    private static void AddValidatedOptions(WebApplicationBuilder builder, ServiceOptions? given)
    {
        builder.Services.AddSingleton<IValidateOptions<ServiceOptions>, ServiceOptionsValidation>();
        var registration = builder.Services.AddOptions<ServiceOptions>();
        if (given is null) registration.Bind(builder.Configuration.GetSection(ServiceOptions.Section)).PostConfigure(o => WithDefaults(o));
        else builder.Services.AddSingleton<IOptionsFactory<ServiceOptions>>(services => new GivenOptionsFactory(given, services.GetServices<IValidateOptions<ServiceOptions>>()));
        registration.ValidateOnStart();
    }
}
