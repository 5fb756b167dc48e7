using System.CommandLine;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Configuration;
using OfficeDx.Service.Manifest;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// officedx manifest: writes the add-in manifest for a deployment's https address. The Entra app registration (for Office SSO's
/// WebApplicationInfo) comes from --client-id/--resource or, as for the service, from appsettings.json and the environment
/// (OfficeDx:Entra:ClientId, OfficeDx:Entra:Audience).
/// </summary>
internal static class ManifestCommand
{
    public static Command Create()
    {
        var baseUrl = new Option<string>("--base-url") { Description = "サービスの公開アドレス（https://…。アドインのページとアイコンをここから読みます）", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "書き出すマニフェスト（manifest.xml）", DefaultValueFactory = _ => new FileInfo("manifest.xml") };
        var clientId = new Option<string?>("--client-id") { Description = "Entra ID のアプリのクライアント ID（シングル サインオン。既定は設定の OfficeDx:Entra:ClientId）" };
        var resource = new Option<string?>("--resource") { Description = "アプリケーション ID URI（既定は api://ホスト/クライアントID）" };
        var support = new Option<string?>("--support-url") { Description = "サポートのページ（既定は ベースURL/help.html）" };
        var version = new Option<string>("--version-number") { Description = "アドインの版（例 1.1.0.0。配布し直すときに上げます）", DefaultValueFactory = _ => "1.1.0.0" };
        var command = new Command("manifest", "配布用のアドインのマニフェスト（Word・Excel）を、サービスのアドレスに合わせて書き出します。") { baseUrl, output, clientId, resource, support, version };
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var text = result.GetValue(baseUrl)!;
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps || url.AbsolutePath != "/")
            {
                Consoles.Error().MarkupError($"--base-url「{Markup.Escape(text)}」は https://ホスト名[[:ポート]] の形で指定してください（Office は https のページしか読みません。パスは付けません）。");
                return CliApplication.BadInput;
            }
            Uri? supportUrl = null;
            if (result.GetValue(support) is { } s && (!Uri.TryCreate(s, UriKind.Absolute, out supportUrl) || supportUrl.Scheme != Uri.UriSchemeHttps))
            {
                Consoles.Error().MarkupError($"--support-url「{Markup.Escape(s)}」は https:// で始まる URL で指定してください。");
                return CliApplication.BadInput;
            }
            if (!Version.TryParse(result.GetValue(version), out var number) || number.Revision < 0)
            {
                Consoles.Error().MarkupError($"--version-number「{Markup.Escape(result.GetValue(version) ?? "")}」は 1.1.0.0 のように 4 つの数字で指定してください。");
                return CliApplication.BadInput;
            }
            var configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(Environment.CurrentDirectory, "appsettings.json"), optional: true)
                .AddEnvironmentVariables()
                .Build();
            var settings = new ManifestSettings(url)
            {
                Version = number.ToString(),
                SupportUrl = supportUrl,
                ClientId = result.GetValue(clientId) ?? configuration["OfficeDx:Entra:ClientId"],
                Resource = result.GetValue(resource) ?? configuration["OfficeDx:Entra:Audience"],
            };
            var file = result.GetValue(output)!;
            if (file.Directory is { } folder) folder.Create();
            using (var writer = XmlWriter.Create(file.FullName, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
                AddinManifest.Create(settings).Save(writer);
            Consoles.Error().MarkupLine($"マニフェストを書き出しました: [bold]{Markup.Escape(file.FullName)}[/]（{Markup.Escape(url.GetLeftPart(UriPartial.Authority))}"
                + (settings.ClientId is null ? "、シングル サインオンなし：--client-id で指定できます）" : $"、アプリ {Markup.Escape(settings.ClientId)}）"));
            return CliApplication.Success;
        }));
        return command;
    }
}
