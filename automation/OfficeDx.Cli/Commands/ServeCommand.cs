using System.CommandLine;
using Microsoft.Extensions.Hosting;
using OfficeDx.Service.Hosting;
using Spectre.Console;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx serve: starts the service the Word and Excel task panes talk to, on this machine only unless told otherwise.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var host = new Option<string>("--host") { Description = "待ち受けるアドレス（既定は 127.0.0.1：このパソコンからだけ）", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "待ち受けるポート番号", DefaultValueFactory = _ => ServiceOptions.DefaultPort };
        var urls = new Option<string[]>("--urls") { Description = "待ち受けるアドレスを URL で指定（https を含む。--host/--port より優先）", AllowMultipleArgumentsPerToken = true };
        var addin = new Option<DirectoryInfo?>("--addin") { Description = "配信するアドインのビルド結果（既定は addin/dist を探します）" };
        var origins = new Option<string[]>("--origin") { Description = "API の呼び出しを許す別のオリジン（アドインを別の場所に置くとき）", AllowMultipleArgumentsPerToken = true };
        var tenant = new Option<string?>("--tenant") { Description = "Entra ID のテナント ID（指定すると Bearer トークンが必要になります）" };
        var clientId = new Option<string?>("--client-id") { Description = "Entra ID に登録したアプリのクライアント ID（--tenant と一緒に）" };
        var plainLogs = new Option<bool>("--plain-logs") { Description = "ログを JSON ではなく 1 行のテキストで出す" };
        var plans = new Option<DirectoryInfo[]>("--plans") { Description = "Excel 様式の元になる計画ファイル（*.json）のフォルダー（既定は templates/samples を探します）", AllowMultipleArgumentsPerToken = true };
        var data = new Option<DirectoryInfo>("--data") { Description = "提出された Excel 様式を保存するフォルダー", DefaultValueFactory = _ => new DirectoryInfo("officedx-data") };
        var command = new Command("serve", "Word・Excel のアドインが使うサービスを起動します。") { host, port, urls, addin, origins, tenant, clientId, plainLogs, plans, data };
        var jobOptions = new ServeJobOptions();
        jobOptions.AddTo(command);
        command.SetAction(result => CommandActions.Guard(() =>
        {
            var tenantId = result.GetValue(tenant);
            var client = result.GetValue(clientId);
            if (string.IsNullOrEmpty(tenantId) != string.IsNullOrEmpty(client))
            {
                Consoles.Error().MarkupLine("[red]エラー[/] --tenant と --client-id は両方とも指定してください。");
                return CliApplication.BadInput;
            }
            var given = result.GetValue(urls) ?? [];
            var addinRoot = result.GetValue(addin)?.FullName ?? AddinFiles.Find();
            var options = new ServiceOptions
            {
                Urls = given.Length > 0 ? given : [$"http://{result.GetValue(host)}:{result.GetValue(port)}"],
                AddinRoot = addinRoot,
                AllowedOrigins = result.GetValue(origins) ?? [],
                Entra = string.IsNullOrEmpty(tenantId) ? null : new EntraOptions(tenantId, client!),
                JsonLogs = !result.GetValue(plainLogs),
                PlanFolders = result.GetValue(plans) is { Length: > 0 } planDirs ? planDirs.Select(d => d.FullName).ToArray() : [.. PlanFolderSearch.Find()],
                DataFolder = result.GetValue(data)!.FullName,
                Jobs = jobOptions.Read(result),
            };
            var app = ServiceHost.Build(options);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                // Kestrel reports a port in use (or a host that is not this machine's) as an IOException.
                Consoles.Error().MarkupLine($"[red]エラー[/] {Markup.Escape(string.Join(" ", options.Urls))} で待ち受けられません（{Markup.Escape(e.Message)}）。別の --port を指定してください。");
                return CliApplication.BadInput;
            }
            Consoles.Error().MarkupLine($"OfficeDx サービス: [bold]{Markup.Escape(string.Join(" ", app.Urls))}[/]"
                + (addinRoot is null ? "（アドインのファイルは見つかりません：addin で npm run build を実行してください）" : $"（アドイン: {Markup.Escape(addinRoot)}）"));
            app.WaitForShutdown();
            return CliApplication.Success;
        }));
        return command;
    }
}
