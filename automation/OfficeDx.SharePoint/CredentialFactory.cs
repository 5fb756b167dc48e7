using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;

namespace OfficeDx.SharePoint;

/// <summary>Builds the Azure.Identity credential the configuration asks for.</summary>
public static class CredentialFactory
{
    /// <param name="options">The sign-in configuration.</param>
    /// <param name="showDeviceCode">Where the device-code sign-in prompt goes (the terminal).</param>
    public static TokenCredential Create(GraphAuthOptions options, Action<string>? showDeviceCode = null)
    {
        string Required(string? value, string variable) => value ?? throw new SharePointException(
            $"認証方式 {options.Mode} には環境変数 {variable} が必要です。docs/sharepoint.md を参照してください。");

        switch (options.Mode)
        {
            case AuthenticationMode.ClientSecret:
                return new ClientSecretCredential(Required(options.TenantId, "OFFICEDX_TENANT_ID"), Required(options.ClientId, "OFFICEDX_CLIENT_ID"),
                    Required(options.ClientSecret, "OFFICEDX_CLIENT_SECRET"));
            case AuthenticationMode.Certificate:
                var path = Required(options.CertificatePath, "OFFICEDX_CERTIFICATE_PATH");
                X509Certificate2 certificate;
                try
                {
                    certificate = path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase)
                        ? X509Certificate2.CreateFromPemFile(path)
                        : X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword);
                }
                catch (Exception e) when (e is CryptographicException or IOException)
                {
                    // The password is not part of the message; only the file is named.
                    throw new SharePointException($"証明書 {path} を読み込めません（ファイルまたはパスワードを確認してください）。", e);
                }
                return new ClientCertificateCredential(Required(options.TenantId, "OFFICEDX_TENANT_ID"), Required(options.ClientId, "OFFICEDX_CLIENT_ID"), certificate);
            case AuthenticationMode.ManagedIdentity:
                return options.ClientId is null
                    ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                    : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ClientId));
            case AuthenticationMode.WorkloadIdentity:
                return new WorkloadIdentityCredential(new WorkloadIdentityCredentialOptions { TenantId = options.TenantId, ClientId = options.ClientId });
            case AuthenticationMode.DeviceCode:
                return new DeviceCodeCredential(new DeviceCodeCredentialOptions
                {
                    TenantId = options.TenantId ?? "organizations",
                    ClientId = Required(options.ClientId, "OFFICEDX_CLIENT_ID"),
                    DeviceCodeCallback = (code, _) =>
                    {
                        (showDeviceCode ?? Console.Error.WriteLine)(code.Message);
                        return Task.CompletedTask;
                    },
                });
            default:
                return new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = options.TenantId, ManagedIdentityClientId = options.ClientId });
        }
    }
}
