using System.IO.Compression;
using System.Xml.Linq;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.HouseStyles;

/// <summary>
/// Pins the layout of each house style: a two-measure plan (Golden/&lt;profile&gt;.plan.json) is written and its
/// word/document.xml, pretty-printed, must equal Golden/&lt;profile&gt;.document.xml. A difference leaves the new file
/// beside the golden one as .actual.xml; OFFICEDX_UPDATE_GOLDEN=1 rewrites the golden files instead.
/// </summary>
[TestClass]
public sealed class GoldenLayoutTests
{
    public const string UpdateVariable = "OFFICEDX_UPDATE_GOLDEN";

    public static IEnumerable<object[]> SampleNames => ProfileSampleTests.SampleNames;

    private static string GoldenDirectory => Path.Combine(RepositoryFiles.Root, "tests", "OfficeDx.Documents.Tests", "Golden");

    [TestMethod]
    [DynamicData(nameof(SampleNames))]
    public void DocumentXmlMatchesTheGoldenFile(string profileName)
    {
        var plan = PlanFile.Load(Path.Combine(GoldenDirectory, profileName + ".plan.json"));
        Assert.AreEqual(profileName, plan.Profile);
        var actual = PrettyDocumentXml(PlanDocumentWriter.Write(plan, ProfileLibrary.Load(profileName)));
        var goldenPath = Path.Combine(GoldenDirectory, profileName + ".document.xml");
        var actualPath = Path.ChangeExtension(goldenPath, ".actual.xml");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(goldenPath, actual);
            File.Delete(actualPath);
            return;
        }
        Assert.IsTrue(File.Exists(goldenPath), $"{goldenPath} is missing: run the tests once with {UpdateVariable}=1 to write it.");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual);
        Assert.Fail($"word/document.xml of profile {profileName} differs from {goldenPath} {FirstDifference(expected, actual)}"
            + $"The new document is in {actualPath}; compare the two, and if the change is intended run the tests with {UpdateVariable}=1.");
    }

    /// <summary>One element per line, attributes as written: a change shows as a small line diff.</summary>
    private static string PrettyDocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        return XDocument.Load(stream).ToString(SaveOptions.None).ReplaceLineEndings("\n") + "\n";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (left != right) return $"at line {i + 1}:\n  golden: {left.Trim()}\n  actual: {right.Trim()}\n";
        }
        return "";
    }
}
