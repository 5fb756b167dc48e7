using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>`officedx serve` with a wrong setting: a Japanese message naming the setting and exit 2, before it listens; never exit 70.</summary>
[TestClass]
public sealed class ServeSettingsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private static void AssertRefused(OfficedxResult result, params string[] expected)
    {
        CliAssert.ExitCode(CliAssert.BadInput, result);
        CliAssert.StdErrContains(result, ["設定エラー", .. expected]);
        CliAssert.NoStackTrace(result);
    }

    [TestMethod]
    public void HttpsWithoutACertificateIsRefusedNamingTheCertificateSetting()
    {
        using var temp = new TempDirectory();
        AssertRefused(OfficedxProcess.Run(temp.Path, Timeout, "serve", "--urls", "https://127.0.0.1:0"), "Kestrel:Certificates:Default:Path", "証明書が必要です");
    }

    [TestMethod]
    public void ACertificateFileThatIsNotThereIsRefusedFromAppsettings()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("appsettings.json"), """
            { "OfficeDx": { "Urls": [ "https://127.0.0.1:0" ] },
              "Kestrel": { "Certificates": { "Default": { "Path": "missing.pfx", "Password": "x" } } } }
            """);
        AssertRefused(OfficedxProcess.Run(temp.Path, Timeout, "serve"), "Kestrel:Certificates:Default:Path", "missing.pfx", "がありません");
    }

    [TestMethod]
    public void AnUnknownProfileFolderIsRefusedFromTheEnvironment()
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, Timeout, new Dictionary<string, string> { ["OfficeDx__ProfilesFolder"] = temp.File("no-such-folder") }, "serve", "--port", "0");
        AssertRefused(result, "OfficeDx:ProfilesFolder", "no-such-folder", "プロファイルのフォルダー", "がありません");
    }

    [TestMethod]
    public void AnUnreachablePostgreSqlIsRefusedWithoutItsPassword()
    {
        using var temp = new TempDirectory();
        var result = OfficedxProcess.Run(temp.Path, Timeout, "serve", "--port", "0", "--store", "postgres:Host=127.0.0.1;Port=1;Username=officedx;Password=secret-pw;Database=none;Timeout=3");
        AssertRefused(result, "OfficeDx:Store", "PostgreSQL 127.0.0.1:1/none", "開けません");
        Assert.IsFalse(result.StdErr.Contains("secret-pw", StringComparison.Ordinal), result.ToString());
    }

    [TestMethod]
    public void ListeningBeyondLoopbackWithoutAuthenticationIsRefusedUnlessAllowedOnPurpose()
    {
        using var temp = new TempDirectory();
        AssertRefused(OfficedxProcess.Run(temp.Path, Timeout, "serve", "--host", "0.0.0.0", "--port", "0"), "OfficeDx:Urls", "認証", "OfficeDx:AllowAnonymousNetwork");
        // The explicit setting lets the same start pass validation: what stops it now is only an unusable plan folder, named in turn.
        var allowed = OfficedxProcess.Run(temp.Path, Timeout, "serve", "--host", "0.0.0.0", "--port", "0", "--OfficeDx:AllowAnonymousNetwork=true", "--plans", temp.File("none"));
        AssertRefused(allowed, "OfficeDx:PlanFolders");
        Assert.IsFalse(allowed.StdErr.Contains("OfficeDx:Urls", StringComparison.Ordinal), allowed.ToString());
    }

    [TestMethod]
    public void AValueOfTheWrongTypeNamesItsSetting()
    {
        using var temp = new TempDirectory();
        AssertRefused(OfficedxProcess.Run(temp.Path, Timeout, "serve", "--OfficeDx:MaxRequestBytes=たくさん"), "OfficeDx:MaxRequestBytes", "たくさん");
    }
}
