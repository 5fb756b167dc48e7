using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OfficeDx.Service.DxOffice;

/// <summary>Wires the DX office's console (Razor Pages at /console, its stylesheet, loopback only until roles guard it).</summary>
public static class ConsoleSetup
{
    public const string StylesheetPath = "/console-assets/console.css";

    private static readonly Lazy<string> Stylesheet = new(() =>
    {
        using var stream = typeof(ConsoleSetup).Assembly.GetManifestResourceStream("OfficeDx.Console.console.css")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static void AddServices(IServiceCollection services) => services.AddRazorPages();

    public static void UseLoopbackGuard(WebApplication app) => app.UseMiddleware<LoopbackOnly>();

    public static void Map(WebApplication app)
    {
        app.MapGet(StylesheetPath, () => Results.Text(Stylesheet.Value, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapRazorPages();
    }
}
