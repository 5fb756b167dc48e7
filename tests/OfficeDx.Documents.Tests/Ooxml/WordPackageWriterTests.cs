using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Revisions;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Ooxml;

/// <summary>The package a plan or a 新旧対照表 is written into, now zipped directly rather than through System.IO.Packaging.</summary>
[TestClass]
public sealed class WordPackageWriterTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    [TestMethod]
    public void APlanPackageHoldsEveryPartTheSdkFindsByItsRelationship()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(PlanDocumentWriter.Write(Samples.Load("akita"), Akita)), false);
        var main = document.MainDocumentPart!;
        Assert.AreEqual("rIdMain", document.GetIdOfPart(main));
        Assert.AreEqual("rIdStyles", main.GetIdOfPart(main.StyleDefinitionsPart!));
        Assert.AreEqual("rIdSettings", main.GetIdOfPart(main.DocumentSettingsPart!));
        Assert.AreEqual("rIdCore", document.GetIdOfPart(document.CoreFilePropertiesPart!));
        Assert.AreEqual("rIdCustom", document.GetIdOfPart(document.CustomFilePropertiesPart!));
        Assert.IsNotNull(main.Document.Body);
        Assert.IsNotNull(main.StyleDefinitionsPart!.Styles);
        Assert.IsNotNull(main.DocumentSettingsPart!.Settings);
    }

    [TestMethod]
    public void APlanPackageIsWrittenInTheOrderAndWithTheTimesOfDeterministicZip()
    {
        var bytes = PlanDocumentWriter.Write(Samples.Load("akita"), Akita);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var names = zip.Entries.Select(e => e.FullName).ToArray();
        CollectionAssert.AreEqual(new[]
        {
            "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/custom.xml", "word/_rels/document.xml.rels",
            "word/document.xml", "word/settings.xml", "word/styles.xml",
        }, names);
        Assert.IsTrue(zip.Entries.All(e => e.LastWriteTime.Year == 1980 && e.CompressedLength < e.Length), "fixed times, deflated");
    }

    [TestMethod]
    public void AComparisonPackageOpensWithItsStylesAndProperties()
    {
        var before = Samples.Load("akita");
        var after = before with { Edition = "令和7年3月改訂", Areas = before.Areas.Select(a => a with { Measures = a.Measures.Select(m => m with { Overview = m.Overview + "追記。" }).ToArray() }).ToArray() };
        var summary = RevisionSummary.Create(before, after, Akita.FiscalYearStyle);
        using var document = WordprocessingDocument.Open(new MemoryStream(ComparisonDocumentWriter.Write(before, after, summary, Akita)), false);
        Assert.IsNotNull(document.MainDocumentPart!.StyleDefinitionsPart!.Styles);
        Assert.AreEqual("rIdCore", document.GetIdOfPart(document.CoreFilePropertiesPart!));
        StringAssert.Contains(document.MainDocumentPart.Document.Body!.InnerText, "新旧対照表");
    }
}
