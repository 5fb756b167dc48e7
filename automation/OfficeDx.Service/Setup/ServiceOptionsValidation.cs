using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;
using OfficeDx.Service.Hosting;
using OfficeDx.Storage;

namespace OfficeDx.Service.Setup;

/// <summary>
/// Checks the service's settings at start (ValidateOnStart): every failure is one Japanese sentence that begins with the setting's
/// name, so `officedx serve` can print them and exit 2 instead of failing later with an exception.
/// </summary>
public sealed class ServiceOptionsValidation(IConfiguration configuration) : IValidateOptions<ServiceOptions>
{
    private const string CertificatePath = "Kestrel:Certificates:Default:Path";
    private const string CertificateKeyPath = "Kestrel:Certificates:Default:KeyPath";
    private const string CertificatePassword = "Kestrel:Certificates:Default:Password";

    public ValidateOptionsResult Validate(string? name, ServiceOptions options)
    {
        var failures = new List<string>();
        var s = ServiceOptions.Section + ":";
        var urls = CheckUrls(options, failures);
        if (urls.Any(u => u.Scheme == Uri.UriSchemeHttps)) CheckCertificate(failures);
        if (options.MaxRequestBytes <= 0) failures.Add($"{s}MaxRequestBytes: 受け付ける最大のサイズ（バイト）は 1 以上にしてください（{options.MaxRequestBytes}）。");
        foreach (var origin in options.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var o) || o.Scheme is not ("http" or "https") || o.AbsolutePath != "/" || origin.TrimEnd('/') != o.GetLeftPart(UriPartial.Authority))
                failures.Add($"{s}AllowedOrigins: 「{origin}」はオリジン（https://ホスト名[:ポート]、パスなし）ではありません。");
        }
        if (options.Entra is { } entra)
        {
            if (string.IsNullOrWhiteSpace(entra.TenantId)) failures.Add($"{s}Entra:TenantId: テナント ID がありません。");
            if (string.IsNullOrWhiteSpace(entra.ClientId)) failures.Add($"{s}Entra:ClientId: アプリのクライアント ID がありません。");
            if (!Uri.TryCreate(entra.Instance, UriKind.Absolute, out _)) failures.Add($"{s}Entra:Instance: 「{entra.Instance}」は URL ではありません。");
        }
        foreach (var (group, department) in options.DepartmentGroups)
        {
            if (string.IsNullOrWhiteSpace(department) || department.Contains('、'))
                failures.Add($"{s}DepartmentGroups:{group}: 課名「{department}」は空か「、」を含んでいます。");
        }
        if (options.AddinRoot is { } addin && !File.Exists(Path.Combine(addin, "word.html")))
            failures.Add($"{s}AddinRoot: {addin} にアドインのビルド結果（word.html）がありません。");
        foreach (var folder in options.PlanFolders.Where(f => !Directory.Exists(f)))
            failures.Add($"{s}PlanFolders: 計画のフォルダー {folder} がありません。");
        CheckProfiles(options, failures);
        if (options.TermBase is { } terms)
        {
            try
            {
                TermBaseFile.Load(terms);
            }
            catch (TermBaseException e)
            {
                failures.Add($"{s}TermBase: 用語集 {terms} を読めません: {e.Message}");
            }
        }
        if (options.SharePointCopy is { } library)
        {
            try
            {
                SharePoint.SharePointLocation.Parse(library);
            }
            catch (Exception e) when (e is SharePoint.SharePointException or FormatException or ArgumentException)
            {
                failures.Add($"{s}SharePointCopy: {e.Message}");
            }
        }
        if (options.OtlpEndpoint is { } otlp && !Uri.TryCreate(otlp, UriKind.Absolute, out _))
            failures.Add($"{s}OtlpEndpoint: 「{otlp}」は URL ではありません。");
        CheckStore(options, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static List<Uri> CheckUrls(ServiceOptions options, List<string> failures)
    {
        var s = ServiceOptions.Section + ":";
        var urls = new List<Uri>();
        foreach (var text in options.ListenUrls)
        {
            // Kestrel's wildcard hosts (* and +) are read as "every address".
            var parsed = text.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal);
            if (!Uri.TryCreate(parsed, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                failures.Add($"{s}Urls: 「{text}」は http:// または https:// で始まる URL ではありません。");
                continue;
            }
            urls.Add(url);
            if (options.Entra is null && !options.AllowAnonymousNetwork && !IsLoopback(url))
                failures.Add($"{s}Urls: 認証（{s}Entra）なしでは、このパソコンの中（127.0.0.1・localhost）でしか待ち受けられません（{text}）。"
                    + $"Entra ID を設定するか、閉じたネットワークで試すときだけ {s}AllowAnonymousNetwork を true にしてください。");
        }
        return urls;
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);

    private void CheckCertificate(List<string> failures)
    {
        var path = configuration[CertificatePath];
        if (string.IsNullOrWhiteSpace(path))
        {
            failures.Add($"{CertificatePath}: https で待ち受けるには証明書が必要です。証明書ファイル（.pfx、または .pem と {CertificateKeyPath}）を指定してください。");
            return;
        }
        if (!File.Exists(path))
        {
            failures.Add($"{CertificatePath}: 証明書ファイル {path} がありません。");
            return;
        }
        var keyPath = configuration[CertificateKeyPath];
        try
        {
            using var certificate = keyPath is { Length: > 0 }
                ? X509Certificate2.CreateFromPemFile(path, keyPath)
                : Path.GetExtension(path).ToLowerInvariant() is ".pem" or ".crt"
                    ? X509Certificate2.CreateFromPemFile(path)
                    : X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePassword]);
            if (!certificate.HasPrivateKey) failures.Add($"{CertificatePath}: 証明書 {path} に秘密鍵がありません（{CertificateKeyPath} で鍵のファイルを指定してください）。");
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            failures.Add($"{CertificatePath}: 証明書 {path} を読めません（パスワード {CertificatePassword} か鍵 {CertificateKeyPath} を確認してください）。");
        }
    }

    /// <summary>
    /// The profile folders the commands use too (ProfileLibrary.FoldersFor): OFFICEDX_PROFILES, the configured folder, the repository's
    /// templates/profiles when the service runs from a checkout; the shipped profiles stay the defaults.
    /// </summary>
    private static void CheckProfiles(ServiceOptions options, List<string> failures)
    {
        var folder = options.ProfilesFolder;
        var setting = $"{ServiceOptions.Section}:ProfilesFolder";
        if (folder is not null && !Directory.Exists(folder))
        {
            failures.Add($"{setting}: プロファイルのフォルダー {folder} がありません。");
            return;
        }
        try
        {
            ProfileLibrary.UseFolders(ProfileLibrary.FoldersFor(null, folder));
        }
        catch (ProfileException e)
        {
            failures.Add($"{setting}（または {ProfileLibrary.EnvironmentVariable}）: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            failures.Add($"{setting}: プロファイルのフォルダー {folder} を読めません（ほかのプログラムが使っているか、読む権限がありません）。");
        }
    }

    private static void CheckStore(ServiceOptions options, List<string> failures)
    {
        if (options.EffectiveStore is not { } store) return;
        var setting = options.Store is null ? ServiceOptions.Section + ":DataFolder" : ServiceOptions.Section + ":Store";
        try
        {
            // Opening applies the migrations too: a store that cannot be reached or written is found now, not at the first submission.
            var location = OfficeDx.Storage.StoreLocation.Parse(store);
            // A SQLite file is created on first use; a database server must answer now.
            if (location.Kind != StoreKind.PostgreSql) return;
            using var opened = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            HarvestStore.OpenAsync(location, opened.Token).GetAwaiter().GetResult().DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        catch (StoreException e)
        {
            failures.Add($"{setting}: {e.Message}");
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException or IOException or UnauthorizedAccessException)
        {
            failures.Add($"{setting}: 保存先に接続できません（{e.GetType().Name}）。サーバーが動いているか、接続文字列を確認してください。");
        }
    }
}
