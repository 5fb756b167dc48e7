using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// docs/deploy.md followed as far as this machine allows: the tool installed from its package, an appsettings.json as the guide
/// writes it, HTTPS with a certificate generated for the server, the service started from the installed command, /health "Healthy".
/// </summary>
[TestClass]
public sealed class DeploymentGuideTests
{
    [TestMethod]
    public async Task TheInstalledServiceAnswersHealthyOverHttpsWithTheGuidesAppsettings()
    {
        using var temp = new TempDirectory();
        const string password = "odx-test-pfx";
        using var certificate = ServerCertificate();
        File.WriteAllBytes(temp.File("officedx.pfx"), certificate.Export(X509ContentType.Pfx, password));
        Directory.CreateDirectory(temp.File("plans"));
        Directory.CreateDirectory(temp.File("profiles"));
        File.Copy(Path.Combine(RepositoryFiles.Root, "templates", "profiles", "akita.json"), temp.File(Path.Combine("profiles", "akita.json")));
        // The guide's appsettings.json, with the port left to the system and the Entra section left out (no tenant here): the
        // service then listens on 127.0.0.1 only, which the guide's "trying it out" step does.
        File.WriteAllText(temp.File("appsettings.json"), $$"""
            {
              "OfficeDx": {
                "Urls": [ "https://127.0.0.1:0" ],
                "Store": "sqlite:data/officedx.db",
                "PlanFolders": [ "plans" ],
                "ProfilesFolder": "profiles",
                "MaxRequestBytes": 10485760,
                "JsonLogs": true
              },
              "Kestrel": {
                "Certificates": { "Default": { "Path": "officedx.pfx", "Password": "{{password}}" } }
              }
            }
            """);

        using var service = await ServeProcess.StartAsync(temp.Path, null, InstalledTool.Command);
        Assert.AreEqual("https", service.Address.Scheme, service.Log);

        string? presented = null;
        using var handler = new SocketsHttpHandler
        {
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, cert, _, _) =>
                {
                    presented = cert?.GetCertHashString();
                    return cert is not null;
                },
            },
        };
        using var client = new HttpClient(handler) { BaseAddress = service.Address };
        var health = JsonDocument.Parse(await client.GetStringAsync("/health")).RootElement;
        Assert.AreEqual("Healthy", health.GetProperty("status").GetString(), health.ToString());
        Assert.AreEqual("Healthy", health.GetProperty("checks").GetProperty("store").GetProperty("status").GetString(), health.ToString());
        Assert.AreEqual(certificate.Thumbprint, presented, "the service presents the certificate appsettings.json names");
        Assert.IsTrue(File.Exists(temp.File(Path.Combine("data", "officedx.db"))), service.Log);
    }

    /// <summary>A self-signed server certificate for 127.0.0.1 and localhost, as `openssl req -x509` in the guide makes one.</summary>
    private static X509Certificate2 ServerCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=officedx.localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(System.Net.IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
    }
}
