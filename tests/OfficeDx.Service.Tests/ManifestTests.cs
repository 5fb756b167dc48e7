using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using OfficeDx.Service.Manifest;

namespace OfficeDx.Service.Tests;

/// <summary>manifest.xml at the repository root: schema-valid offline, its Word and Excel hosts and their buttons, and every URL on the service that serves the add-in.</summary>
[TestClass]
public sealed class ManifestTests
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static readonly XNamespace Overrides = "http://schemas.microsoft.com/office/taskpaneappversionoverrides";
    private static readonly XNamespace Basic = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static string ManifestPath => Path.Combine(RepositoryFiles.Root, "manifest.xml");

    internal static List<string> Validate(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(App.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Schemas", "OfficeAppTaskPaneV1_1.xsd"));
        // Added one by one: .NET resolves no xs:import location by default, and the set must hold the basic types the overrides import.
        schemas.Add(Basic.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Schemas", "OfficeAppBasicTypesV1_0.xsd"));
        schemas.Add(Overrides.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Schemas", "TaskPaneAppVersionOverridesV1_0.xsd"));
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} {e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read()) { }
        return errors;
    }

    [TestMethod]
    public void ManifestIsValidAgainstTheTaskPaneSchema()
    {
        var errors = Validate(File.ReadAllText(ManifestPath));
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    [TestMethod]
    public void SchemaRejectsAManifestWithElementsOutOfOrderOrMissing()
    {
        // The check can fail: the same manifest with Version before Id, or without Permissions, is refused.
        var manifest = XDocument.Load(ManifestPath);
        var swapped = new XDocument(manifest);
        var id = swapped.Root!.Element(App + "Id")!;
        id.Remove();
        swapped.Root.Element(App + "Version")!.AddAfterSelf(id);
        Assert.IsNotEmpty(Validate(swapped.ToString()));

        var missing = new XDocument(manifest);
        missing.Root!.Element(App + "Permissions")!.Remove();
        Assert.IsNotEmpty(Validate(missing.ToString()));
    }

    [TestMethod]
    public void SchemaChecksTheRibbonButtonsToo()
    {
        // The add-in commands are validated, not skipped: a button without its action, an id longer than Office allows, or a host
        // type the schema does not know are refused.
        var manifest = XDocument.Load(ManifestPath);
        var noAction = new XDocument(manifest);
        noAction.Descendants(Overrides + "Action").First().Remove();
        Assert.IsNotEmpty(Validate(noAction.ToString()));

        var longId = new XDocument(manifest);
        longId.Descendants(Basic + "Url").First().SetAttributeValue("id", new string('x', 33));
        Assert.IsNotEmpty(Validate(longId.ToString()));

        var unknownHost = new XDocument(manifest);
        unknownHost.Descendants(Overrides + "Host").First().SetAttributeValue(Xsi + "type", "Spreadsheet");
        Assert.IsNotEmpty(Validate(unknownHost.ToString()));
    }

    [TestMethod]
    public void WordAndExcelEachOpenTheirOwnPaneFromTheirRibbonButton()
    {
        var root = XDocument.Load(ManifestPath).Root!;
        var hosts = root.Element(App + "Hosts")!.Elements(App + "Host").Select(h => (string)h.Attribute("Name")!).ToArray();
        CollectionAssert.AreEquivalent(new[] { "Document", "Workbook" }, hosts);

        var urls = root.Descendants(Basic + "Url").ToDictionary(u => (string)u.Attribute("id")!, u => new Uri((string)u.Attribute("DefaultValue")!));
        var panes = root.Descendants(Overrides + "Host").ToDictionary(
            h => (string)h.Attribute(Xsi + "type")!,
            h => h.Descendants(Overrides + "SourceLocation").Select(s => urls[(string)s.Attribute("resid")!].AbsolutePath).Single());
        Assert.AreEqual("/word.html", panes["Document"]);
        Assert.AreEqual("/excel.html", panes["Workbook"]);
    }

    [TestMethod]
    public void EveryResourceIdUsedIsDefinedOnce()
    {
        var root = XDocument.Load(ManifestPath).Root!;
        var resources = root.Descendants(Overrides + "Resources").Single();
        var defined = resources.Descendants().Where(e => e.Attribute("id") is not null).Select(e => (string)e.Attribute("id")!).ToArray();
        CollectionAssert.AllItemsAreUnique(defined);
        var used = root.Descendants().Where(e => e.Attribute("resid") is not null).Select(e => (string)e.Attribute("resid")!).Distinct().ToArray();
        CollectionAssert.IsSubsetOf(used, defined, "resid without a resource: " + string.Join(", ", used.Except(defined)));
    }

    [TestMethod]
    public void EveryUrlPointsAtOneHttpsServiceThatHoldsThePageOrNamesTheHostsIcon()
    {
        var root = XDocument.Load(ManifestPath).Root!;
        var urls = root.Descendants()
            .Where(e => e.Name == App + "IconUrl" || e.Name == App + "HighResolutionIconUrl" || e.Name == App + "SupportUrl" || e.Name == App + "SourceLocation"
                || e.Name == Basic + "Image" && e.Attribute("DefaultValue") is not null || e.Name == Basic + "Url")
            .Select(e => new Uri((string)e.Attribute("DefaultValue")!)).ToArray();
        // Add-in icon, high-resolution icon, support page, default pane; Word's and Excel's icons at 8 sizes each; two pane URLs.
        Assert.HasCount(22, urls);
        var origin = urls[0].GetLeftPart(UriPartial.Authority);
        var icon = new System.Text.RegularExpressions.Regex("^/assets/icon-(word|excel)-(16|20|24|32|40|48|64|80)\\.png$");
        foreach (var url in urls)
        {
            Assert.AreEqual("https", url.Scheme, url.ToString());
            Assert.AreEqual(origin, url.GetLeftPart(UriPartial.Authority), url.ToString());
            Assert.IsTrue(icon.IsMatch(url.AbsolutePath) || !url.AbsolutePath.StartsWith("/assets/", StringComparison.Ordinal), $"{url}: アイコンは icon-word-N.png / icon-excel-N.png です");
            var file = Path.Combine(RepositoryFiles.Root, "addin", "public", url.AbsolutePath.TrimStart('/'));
            Assert.IsTrue(File.Exists(file), $"{url} → {file} がありません");
        }
        CollectionAssert.Contains(root.Element(App + "AppDomains")!.Elements(App + "AppDomain").Select(d => d.Value).ToArray(), origin);
    }

    [TestMethod]
    public void WordAndExcelButtonsHaveTheirOwnIconsAtEverySizeTheSchemaKnows()
    {
        var root = XDocument.Load(ManifestPath).Root!;
        var images = root.Descendants(Basic + "Image").Where(e => e.Attribute("id") is not null)
            .ToDictionary(e => (string)e.Attribute("id")!, e => new Uri((string)e.Attribute("DefaultValue")!).AbsolutePath);
        foreach (var host in root.Descendants(Overrides + "Host"))
        {
            var name = (string)host.Attribute(Xsi + "type")! == "Document" ? "word" : "excel";
            foreach (var iconSet in host.Descendants(Overrides + "Icon"))
            {
                var sized = iconSet.Elements(Basic + "Image").ToDictionary(i => (int)i.Attribute("size")!, i => images[(string)i.Attribute("resid")!]);
                CollectionAssert.AreEqual(new[] { 16, 20, 24, 32, 40, 48, 64, 80 }, sized.Keys.Order().ToArray());
                foreach (var (size, path) in sized) Assert.AreEqual($"/assets/icon-{name}-{size}.png", path);
            }
        }
    }

    [TestMethod]
    public void TheCheckedInManifestIsWhatOfficedxManifestWritesForLocalhost()
    {
        var generated = AddinManifest.Create(new ManifestSettings(new Uri("https://localhost:5443")));
        Assert.IsTrue(XNode.DeepEquals(generated.Root, XDocument.Load(ManifestPath).Root),
            "manifest.xml は officedx manifest --base-url https://localhost:5443 --out manifest.xml で作り直してください。");
    }

    [TestMethod]
    public void ADeploymentsManifestNamesItsAddressTheRequirementSetAndTheAppRegistrationForSingleSignOn()
    {
        const string clientId = "5f0b9e31-0000-4000-8000-0000000000bb";
        var manifest = AddinManifest.Create(new ManifestSettings(new Uri("https://officedx.city.example.jp")) { ClientId = clientId, Version = "1.2.0.0" });
        var errors = Validate(manifest.ToString());
        Assert.IsEmpty(errors, string.Join("\n", errors));
        var root = manifest.Root!;
        Assert.AreEqual("ja-JP", root.Element(App + "DefaultLocale")!.Value);
        Assert.AreEqual("https://officedx.city.example.jp/help.html", (string)root.Element(App + "SupportUrl")!.Attribute("DefaultValue")!);
        Assert.AreEqual("CompressedFile", (string)root.Element(App + "Requirements")!.Descendants(App + "Set").Single().Attribute("Name")!);
        var sso = root.Descendants(Overrides + "WebApplicationInfo").Single();
        Assert.AreEqual(clientId, sso.Element(Overrides + "Id")!.Value);
        Assert.AreEqual($"api://officedx.city.example.jp/{clientId}", sso.Element(Overrides + "Resource")!.Value);
        Assert.IsTrue(root.Descendants().Where(e => e.Attribute("DefaultValue")?.Value.StartsWith("https://", StringComparison.Ordinal) == true)
            .All(e => e.Attribute("DefaultValue")!.Value.StartsWith("https://officedx.city.example.jp/", StringComparison.Ordinal)));

        // WebApplicationInfo is checked by the schema too: without its Resource it is refused.
        sso.Element(Overrides + "Resource")!.Remove();
        Assert.IsNotEmpty(Validate(manifest.ToString()));
    }
}
