using System.Xml.Linq;
using CsCheck;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Documents.Tests.Ooxml;

/// <summary>Issue 16: harvest reads a plain .docx straight from the zip, exactly the parts the Open XML SDK would give it.</summary>
[TestClass]
public sealed class DirectWordPackageTests
{
    private static void AssertSameParts(byte[] docx, string because)
    {
        var direct = DirectWordPackage.TryRead(docx, "plan.docx", "plan.docx");
        Assert.IsNotNull(direct, $"{because}: left to the SDK");
        using var document = WordFileOpener.Open(docx, "plan.docx");
        var sdk = WordParts.FromPackage(document.MainDocumentPart!, "plan.docx");
        Assert.IsTrue(XNode.DeepEquals(sdk.Main, direct.Main), $"{because}: document.xml");
        foreach (var (name, a, b) in new[] { ("settings", sdk.Settings, direct.Settings), ("footnotes", sdk.Footnotes, direct.Footnotes), ("styles", sdk.Styles, direct.Styles) })
        {
            Assert.AreEqual(a is null, b is null, $"{because}: {name} present");
            if (a is not null) Assert.IsTrue(XNode.DeepEquals(a, b), $"{because}: {name}");
        }
        CollectionAssert.AreEquivalent(sdk.Custom.ToArray(), direct.Custom.ToArray(), $"{because}: custom properties");
    }

    [TestMethod]
    public void GeneratedAndResavedDocumentsAreReadStraightFromTheZipAsTheSdkReadsThem()
    {
        ProfileFit.PlanWithProfile.Sample(pair =>
        {
            var docx = PlanDocumentWriter.Write(pair.Plan, pair.Profile);
            AssertSameParts(docx, "as generated");
            AssertSameParts(LibreOfficeLikeSave.Apply(docx), "saved as LibreOffice saves");
        }, iter: 40, seed: null);
    }

    [TestMethod]
    public void APackageWhoseRelationshipsNameAMissingPartIsLeftToTheSdkAndItsMessage()
    {
        Assert.IsNull(DirectWordPackage.TryRead(HostileFiles.MissingPart("word/styles.xml"), "bad.docx", "bad.docx"));
        Assert.IsNull(DirectWordPackage.TryRead(HostileFiles.MissingPart("docProps/core.xml"), "bad.docx", "bad.docx"));
    }

    [TestMethod]
    public void APackageTheGuardRefusesIsRefusedWithTheOpenersMessage()
    {
        var e = Assert.Throws<DocumentOpenException>(() => DirectWordPackage.TryRead(HostileFiles.NestedContentControls(1_000), "/tmp/deep.docx", "deep.docx"));
        Assert.AreEqual("/tmp/deep.docx", e.File);
        StringAssert.Contains(e.Reason, "MaxXmlDepth");
    }
}
