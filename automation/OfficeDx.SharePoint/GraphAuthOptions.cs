using System.Collections;

namespace OfficeDx.SharePoint;

/// <summary>
/// The sign-in configuration, read from environment variables (OFFICEDX_AUTH, OFFICEDX_TENANT_ID, OFFICEDX_CLIENT_ID,
/// OFFICEDX_CLIENT_SECRET, OFFICEDX_CERTIFICATE_PATH, OFFICEDX_CERTIFICATE_PASSWORD). Secrets are never printed.
/// </summary>
public sealed record GraphAuthOptions
{
    public AuthenticationMode Mode { get; init; }
    public string? TenantId { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public string? CertificatePath { get; init; }
    public string? CertificatePassword { get; init; }

    public static GraphAuthOptions FromEnvironment() => FromVariables(Environment.GetEnvironmentVariables());

    public static GraphAuthOptions FromVariables(IDictionary variables)
    {
        string? Get(string name) => variables[name] is string { Length: > 0 } value ? value : null;
        var secret = Get("OFFICEDX_CLIENT_SECRET");
        var certificate = Get("OFFICEDX_CERTIFICATE_PATH");
        var modeText = Get("OFFICEDX_AUTH");
        // Without an explicit mode, the credentials present choose it: a certificate, then a secret, then DefaultAzureCredential.
        var mode = modeText is null
            ? certificate is not null ? AuthenticationMode.Certificate : secret is not null ? AuthenticationMode.ClientSecret : AuthenticationMode.Default
            : ParseMode(modeText);
        return new GraphAuthOptions
        {
            Mode = mode,
            TenantId = Get("OFFICEDX_TENANT_ID") ?? Get("AZURE_TENANT_ID"),
            ClientId = Get("OFFICEDX_CLIENT_ID") ?? Get("AZURE_CLIENT_ID"),
            ClientSecret = secret,
            CertificatePath = certificate,
            CertificatePassword = Get("OFFICEDX_CERTIFICATE_PASSWORD"),
        };
    }

    private static AuthenticationMode ParseMode(string text) => text.Replace("-", "").Replace("_", "").ToLowerInvariant() switch
    {
        "default" => AuthenticationMode.Default,
        "clientsecret" or "secret" => AuthenticationMode.ClientSecret,
        "certificate" or "clientcertificate" => AuthenticationMode.Certificate,
        "managedidentity" => AuthenticationMode.ManagedIdentity,
        "workloadidentity" => AuthenticationMode.WorkloadIdentity,
        "devicecode" => AuthenticationMode.DeviceCode,
        _ => throw new SharePointException(
            $"OFFICEDX_AUTH「{text}」は使えません。default、client-secret、certificate、managed-identity、workload-identity、device-code のいずれかを指定してください。"),
    };

    /// <summary>The mode and ids, for messages; the secret and certificate password are left out.</summary>
    public override string ToString() => $"{Mode} (tenant {TenantId ?? "-"}, client {ClientId ?? "-"})";
}
