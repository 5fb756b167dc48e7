using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace OfficeDx.Service.Tests;

/// <summary>manifest.xml at the repository root: schema-valid offline, its host, and every URL on the service that serves the add-in.</summary>
[TestClass]
public sealed class ManifestTests
{
    private static readonly XNamespace App = "http://schemas.microsoft.com/office/appforoffice/1.1";
    private static string ManifestPath => Path.Combine(RepositoryFiles.Root, "manifest.xml");

    private static List<string> Validate(string xml)
    {
        var schemas = new XmlSchemaSet();
        schemas.Add(App.NamespaceName, Path.Combine(AppContext.BaseDirectory, "Schemas", "OfficeAppTaskPaneV1_1.xsd"));
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
    public void ManifestNamesWordOnlyUntilTheExcelPaneExists()
    {
        // Listing Workbook would open the Word pane in Excel: the host is added with the Excel pane.
        var hosts = XDocument.Load(ManifestPath).Root!.Element(App + "Hosts")!.Elements(App + "Host").Select(h => (string)h.Attribute("Name")!).ToArray();
        CollectionAssert.AreEquivalent(new[] { "Document" }, hosts);
    }

    [TestMethod]
    public void EveryUrlPointsAtOneHttpsServiceThatHoldsTheFile()
    {
        var root = XDocument.Load(ManifestPath).Root!;
        var urls = root.Descendants().Where(e => e.Name.LocalName is "IconUrl" or "HighResolutionIconUrl" or "SupportUrl" or "SourceLocation")
            .Select(e => new Uri((string)e.Attribute("DefaultValue")!)).ToArray();
        Assert.HasCount(4, urls);
        var origin = urls[0].GetLeftPart(UriPartial.Authority);
        foreach (var url in urls)
        {
            Assert.AreEqual("https", url.Scheme, url.ToString());
            Assert.AreEqual(origin, url.GetLeftPart(UriPartial.Authority), url.ToString());
            var file = Path.Combine(RepositoryFiles.Root, "addin", "public", url.AbsolutePath.TrimStart('/'));
            Assert.IsTrue(File.Exists(file), $"{url} → {file} がありません");
        }
        CollectionAssert.Contains(root.Element(App + "AppDomains")!.Elements(App + "AppDomain").Select(d => d.Value).ToArray(), origin);
    }
}
