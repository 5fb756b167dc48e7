using System.Collections;

namespace OfficeDx.SharePoint.Tests;

[TestClass]
public sealed class GraphAuthOptionsTests
{
    private const string Secret = "s3cr3t~VALUE.never.printed";

    [TestMethod]
    public void TheCredentialsPresentChooseTheModeWhenNoneIsGiven()
    {
        Assert.AreEqual(AuthenticationMode.Default, GraphAuthOptions.FromVariables(new Hashtable()).Mode);
        Assert.AreEqual(AuthenticationMode.ClientSecret, GraphAuthOptions.FromVariables(new Hashtable { ["OFFICEDX_CLIENT_SECRET"] = Secret }).Mode);
        Assert.AreEqual(AuthenticationMode.Certificate, GraphAuthOptions.FromVariables(new Hashtable { ["OFFICEDX_CERTIFICATE_PATH"] = "a.pfx", ["OFFICEDX_CLIENT_SECRET"] = Secret }).Mode);
        Assert.AreEqual(AuthenticationMode.DeviceCode, GraphAuthOptions.FromVariables(new Hashtable { ["OFFICEDX_AUTH"] = "device-code" }).Mode);
        Assert.AreEqual(AuthenticationMode.WorkloadIdentity, GraphAuthOptions.FromVariables(new Hashtable { ["OFFICEDX_AUTH"] = "workload_identity" }).Mode);
        Assert.AreEqual(AuthenticationMode.ManagedIdentity, GraphAuthOptions.FromVariables(new Hashtable { ["OFFICEDX_AUTH"] = "ManagedIdentity" }).Mode);
    }

    [TestMethod]
    public void AnUnknownModeIsAPlainMessageListingTheChoices()
    {
        var e = Assert.ThrowsExactly<SharePointException>(() => GraphAuthOptions.FromVariables(new Hashtable { ["OFFICEDX_AUTH"] = "kerberos" }));
        StringAssert.Contains(e.Message, "device-code");
    }

    [TestMethod]
    public void TheSecretIsNeverPrintedNorPartOfAMissingSettingMessage()
    {
        var options = GraphAuthOptions.FromVariables(new Hashtable { ["OFFICEDX_CLIENT_SECRET"] = Secret, ["OFFICEDX_CLIENT_ID"] = "app-id" });
        Assert.DoesNotContain(Secret, options.ToString());
        var e = Assert.ThrowsExactly<SharePointException>(() => CredentialFactory.Create(options));
        StringAssert.Contains(e.Message, "OFFICEDX_TENANT_ID");
        Assert.DoesNotContain(Secret, e.Message);
    }

    [TestMethod]
    public void AnUnreadableCertificateNamesTheFileButNotThePassword()
    {
        var file = Path.Combine(Path.GetTempPath(), $"odx-{Guid.NewGuid():N}.pfx");
        File.WriteAllText(file, "not a certificate");
        var options = new GraphAuthOptions { Mode = AuthenticationMode.Certificate, TenantId = "t", ClientId = "c", CertificatePath = file, CertificatePassword = Secret };
        var e = Assert.ThrowsExactly<SharePointException>(() => CredentialFactory.Create(options));
        StringAssert.Contains(e.Message, file);
        Assert.DoesNotContain(Secret, e.Message);
    }

    [TestMethod]
    public void LocationsReadHostSiteLibraryAndFolder()
    {
        var location = SharePointLocation.Parse("sharepoint:contoso.sharepoint.com/sites/dx/Shared%20Documents/計画/2024");
        Assert.AreEqual(new SharePointLocation("contoso.sharepoint.com", "sites/dx", "Shared Documents", "計画/2024"), location);
        Assert.AreEqual("sharepoint:contoso.sharepoint.com/sites/dx/Shared Documents/計画/2024", location.ToString());
        Assert.ThrowsExactly<SharePointException>(() => SharePointLocation.Parse("sharepoint:contoso.sharepoint.com/dx"));
    }
}
