using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Setup;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// officedx serve: starts the service the Word and Excel task panes talk to. Settings come from appsettings.json in the working
/// directory, then environment variables (OfficeDx__Store …), then the command line: any --OfficeDx:Key=value, and the named
/// options below, which win. A wrong setting is reported in Japanese naming the setting, exit 2.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var host = new Option<string?>("--host") { Description = "待ち受けるアドレス（既定は 127.0.0.1：このパソコンからだけ）" };
        var port = new Option<int?>("--port") { Description = $"待ち受けるポート番号（既定は {ServiceOptions.DefaultPort}）" };
        var urls = new Option<string[]>("--urls") { Description = "待ち受けるアドレスを URL で指定（https を含む。--host/--port より優先）", AllowMultipleArgumentsPerToken = true };
        var addin = new Option<DirectoryInfo?>("--addin") { Description = "配信するアドインのビルド結果（既定は addin/dist を探します）" };
        var origins = new Option<string[]>("--origin") { Description = "API の呼び出しを許す別のオリジン（アドインを別の場所に置くとき）", AllowMultipleArgumentsPerToken = true };
        var tenant = new Option<string?>("--tenant") { Description = "Entra ID のテナント ID（指定すると Bearer トークンが必要になります）" };
        var clientId = new Option<string?>("--client-id") { Description = "Entra ID に登録したアプリのクライアント ID（--tenant と一緒に）" };
        var plainLogs = new Option<bool>("--plain-logs") { Description = "ログを JSON ではなく 1 行のテキストで出す" };
        var plans = new Option<DirectoryInfo[]>("--plans") { Description = "Excel 様式の元になる計画ファイル（*.json）のフォルダー", AllowMultipleArgumentsPerToken = true };
        var data = new Option<DirectoryInfo?>("--data") { Description = "提出を保存するフォルダー（その中の officedx.db。--store を指定しないとき。既定は officedx-data）" };
        var store = new Option<string?>("--store") { Description = "提出を保存するストア（sqlite:ファイル または postgres:接続文字列）" };
        var demo = new Option<bool>("--demo") { Description = "同梱のサンプル計画も配信する（試用のとき）" };
        var command = new Command("serve", "Word・Excel のアドインが使うサービスを起動します。設定は appsettings.json、環境変数（OfficeDx__…）、コマンドライン（--OfficeDx:項目=値）の順に読みます。")
        {
            host, port, urls, addin, origins, tenant, clientId, plainLogs, plans, data, store, demo,
        };
        // Settings the named options do not cover are given the ASP.NET Core way (--OfficeDx:DepartmentGroups:GROUP-ID=課名).
        command.TreatUnmatchedTokensAsErrors = false;
        var jobOptions = new ServeJobOptions();
        jobOptions.AddTo(command);
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var tenantId = result.GetValue(tenant);
            var client = result.GetValue(clientId);
            if (string.IsNullOrEmpty(tenantId) != string.IsNullOrEmpty(client))
            {
                Consoles.Error().MarkupError("--tenant と --client-id は両方とも指定してください。");
                return CliApplication.BadInput;
            }
            var overrides = new Dictionary<string, string?>();
            void Set(string key, string? value)
            {
                if (value is not null) overrides[$"{ServiceOptions.Section}:{key}"] = value;
            }
            void SetList(string key, IEnumerable<string> values)
            {
                var i = 0;
                foreach (var value in values) Set($"{key}:{i++}", value);
            }
            var given = result.GetValue(urls) ?? [];
            if (given.Length > 0) SetList("Urls", given);
            else if (result.GetValue(host) is not null || result.GetValue(port) is not null)
                SetList("Urls", [$"http://{result.GetValue(host) ?? "127.0.0.1"}:{(result.GetValue(port) ?? ServiceOptions.DefaultPort).ToString(CultureInfo.InvariantCulture)}"]);
            Set("AddinRoot", result.GetValue(addin)?.FullName);
            SetList("AllowedOrigins", result.GetValue(origins) ?? []);
            if (!string.IsNullOrEmpty(tenantId))
            {
                Set("Entra:TenantId", tenantId);
                Set("Entra:ClientId", client);
            }
            if (result.GetValue(plainLogs)) Set("JsonLogs", "false");
            SetList("PlanFolders", (result.GetValue(plans) ?? []).Select(d => d.FullName));
            Set("DataFolder", result.GetValue(data)?.FullName);
            Set("Store", result.GetValue(store));
            // --profiles on the command line wins over the configured folder, as every command line value does.
            Set("ProfilesFolder", result.GetValue<string>(CliSettings.ProfilesOption));
            if (result.GetValue(demo)) Set("DemoMode", "true");
            jobOptions.AddOverrides(result, Set);

            var app = Build(result.UnmatchedTokens.ToArray(), overrides);
            if (app is null) return CliApplication.BadInput;
            try
            {
                app.Start();
            }
            catch (OptionsValidationException e)
            {
                foreach (var failure in e.Failures) Consoles.Error().MarkupLine($"[red]設定エラー[/] {Markup.Escape(failure)}");
                return CliApplication.BadInput;
            }
            catch (IOException e)
            {
                // Kestrel reports a port in use (or a host that is not this machine's) as an IOException.
                var listen = app.Services.GetRequiredService<IOptions<ServiceOptions>>().Value.ListenUrls;
                Consoles.Error().MarkupError($"{Markup.Escape(string.Join(" ", listen))} で待ち受けられません（{Markup.Escape(e.Message)}）。別の --port を指定してください。");
                return CliApplication.BadInput;
            }
            var addinRoot = app.Services.GetRequiredService<IOptions<ServiceOptions>>().Value.AddinRoot;
            Consoles.Error().MarkupLine($"OfficeDx サービス: [bold]{Markup.Escape(string.Join(" ", app.Urls))}[/]"
                + (addinRoot is null ? "（アドインのファイルは見つかりません：addin で npm run build を実行してください）" : $"（アドイン: {Markup.Escape(addinRoot)}）"));
            app.WaitForShutdown();
            return CliApplication.Success;
        }));
        return command;
    }

    private static Microsoft.AspNetCore.Builder.WebApplication? Build(string[] args, Dictionary<string, string?> overrides)
    {
        try
        {
            return ServiceHost.Build(args, overrides);
        }
        catch (ServiceSettingsException e)
        {
            foreach (var failure in e.Failures) Consoles.Error().MarkupLine($"[red]設定エラー[/] {Markup.Escape(failure)}");
            return null;
        }
    }
}
