using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OfficeDx.Service.Authorization;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Jobs;
using OfficeDx.Service.Plans;

namespace OfficeDx.Service.DxOffice;

/// <summary>
/// Wires the DX office's console (Razor Pages at /console, its stylesheet): with sign-in configured (OfficeDx:Entra) it needs the
/// DX office's app role, like the DX office's API; without, it answers this machine only.
/// </summary>
public static class ConsoleSetup
{
    public const string StylesheetPath = "/console-assets/console.css";

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(ConsoleSetup).Assembly.GetManifestResourceStream("OfficeDx.Console.console.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static void AddServices(IServiceCollection services, JobOptions options)
    {
        services.AddRazorPages();
        services.AddSingleton(new SubmissionStore(options.Store));
    }

    /// <summary>Loopback only, when no sign-in guards the console.</summary>
    public static void UseLoopbackGuard(WebApplication app, ServiceOptions options)
    {
        if (options.Entra is null) app.UseMiddleware<LoopbackOnly>();
    }

    public static void Map(WebApplication app, ServiceOptions options)
    {
        app.MapGet(StylesheetPath, () => Results.Text(Stylesheet.Value, "text/css; charset=utf-8")).ExcludeFromDescription();
        var pages = app.MapRazorPages();
        if (options.Entra is not null) pages.RequireAuthorization(AppRoles.DxOfficePolicy);
    }
}
