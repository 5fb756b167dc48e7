using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Reading;
using OfficeDx.Testing.Hostile;

namespace OfficeDx.Documents.Tests.Hostile;

/// <summary>Issue 12: every hostile or damaged .docx is refused by every reader as bad input, naming the file, the part and the limit.</summary>
[TestClass]
public sealed class HostilePackageTests
{
    private const string File = "hostile.docx";

    /// <summary>Each library entry point that reads an uploaded or harvested .docx.</summary>
    private static readonly (string Name, Action<byte[]> Read)[] Readers =
    [
        ("harvest", bytes => PlanDocumentReader.Read(bytes, File)),
        ("import", bytes => LegacyDocumentImporter.Import(bytes, File)),
        ("validate", bytes => DocumentValidation.Validate(bytes, File)),
        ("glossary check", bytes => GlossaryChecker.Check(bytes, File, TermBaseFile.Shipped())),
        ("glossary refresh", bytes => GlossaryEditor.Refresh(bytes, File, Profiles.ProfileLibrary.Load("akita").Glossary, TermBaseFile.Shipped())),
    ];

    private static void AssertRefusedEverywhere(byte[] bytes, bool tooLarge, params string[] reasons)
    {
        foreach (var (name, read) in Readers)
        {
            var e = Assert.Throws<UnreadableFileException>(() => read(bytes), name);
            Assert.AreEqual(File, e.File, name);
            foreach (var reason in reasons) StringAssert.Contains(e.Reason, reason, $"{name}: {e.Reason}");
            Assert.AreEqual(tooLarge, e.TooLarge, $"{name}: {e.Reason}");
        }
    }

    [TestMethod]
    [DataRow("odx:area:")]
    [DataRow("word/document2.xml")]
    [DataRow("//server/share/x.xml")]
    public void AContentTypeOverrideThatIsNotAPartNameIsRefusedNamingItInJapanese(string partName) =>
        // Fuzz seed 1 #66: glossary refresh exited 2 with System.IO.Packaging's English UriFormatException text.
        AssertRefusedEverywhere(HostileFiles.ForeignPartName(partName), false, "[Content_Types].xml", partName, "部品名");

    [TestMethod]
    public void AnEntryCountThatDoesNotMatchTheZipDirectoryIsADamagedFile() =>
        // Fuzz seed 1 #3471, #1361, #5810 (flipped bytes): an InvalidDataException escaped, exit 70 / 500.
        AssertRefusedEverywhere(HostileFiles.WrongEntryCount(), false, "ZIP");

    [TestMethod]
    public void AFourMegabyteAttributeInTheContentTypesIsRefusedAtItsSizeLimit()
    {
        // Fuzz seed 1 #71: still running after 10 s through /api/excel/workbooks/submit on a loaded machine.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        AssertRefusedEverywhere(HostileFiles.LongContentTypesAttribute(), true, "[Content_Types].xml", "MaxContentTypesBytes = 1,048,576");
        Assert.IsLessThan(TimeSpan.FromSeconds(20), clock.Elapsed, "five readers refuse it before parsing");
    }

    [TestMethod]
    public void AnAttributePastItsLimitIsRefusedNamingThePartAndTheLimit() =>
        AssertRefusedEverywhere(HostileFiles.LongAttribute(1_100_000), true, "word/document.xml", "属性", "MaxAttributeCharacters = 1,048,576");

    [TestMethod]
    public void TwentyFiveThousandNestedContentControlsAreRefusedAtTheDepthLimitNotByAStackOverflow() =>
        AssertRefusedEverywhere(HostileFiles.NestedContentControls(25_000), true, "word/document.xml", "入れ子", "MaxXmlDepth", "128");

    [TestMethod]
    public void NestingJustInsideTheLimitIsRead()
    {
        var result = PlanDocumentReader.Read(HostileFiles.NestedContentControls(50), File);
        Assert.IsNotNull(result.Plan);
    }

    [TestMethod]
    public void ADeflateBombIsStoppedAtThePartLimit() =>
        AssertRefusedEverywhere(HostileFiles.DeflateBomb(), true, "word/document.xml", "MaxPartBytes", "41,943,040");

    [TestMethod]
    public void ADeclaredSizePastTheLimitIsRefusedBeforeInflating() =>
        AssertRefusedEverywhere(HostileFiles.LyingSize(uint.MaxValue), true, "word/document.xml", "MaxPartBytes");

    [TestMethod]
    public void AnEntryThatInflatesToMoreThanItsDeclaredSizeIsDamaged() =>
        AssertRefusedEverywhere(HostileFiles.LyingSize(10), false, "word/document.xml");

    [TestMethod]
    public void TooManyEntriesAreRefusedNamingTheLimit() =>
        AssertRefusedEverywhere(HostileFiles.ManyEntries(1_000), true, "1,005 個", "MaxEntries", "1,000");

    [TestMethod]
    public void AnUnknownCompressionMethodNamesThePart() =>
        AssertRefusedEverywhere(HostileFiles.UnknownCompression(), false, "word/document.xml", "圧縮方式");

    [TestMethod]
    public void ADuplicateEntryNamesThePart() =>
        AssertRefusedEverywhere(HostileFiles.DuplicateEntry(), false, "同じ名前の部品 word/document.xml");

    [TestMethod]
    public void AnEntryWithoutANameIsRefusedAsDamaged() =>
        AssertRefusedEverywhere(HostileFiles.NamelessEntry(), false, "名前のない部品");

    [TestMethod]
    public void ATruncatedZipSaysSoInJapanese() =>
        AssertRefusedEverywhere(HostileFiles.Truncated(), false, "ZIP ファイルが壊れています");

    [TestMethod]
    [DataRow("word/styles.xml")]
    [DataRow("docProps/core.xml")]
    public void APartNamedInTheRelationshipsButMissingIsBadInput(string part) =>
        AssertRefusedEverywhere(HostileFiles.MissingPart(part), false, "Word 文書");

    [TestMethod]
    public void EmptyPackageRelationshipsAreBadInput() =>
        AssertRefusedEverywhere(HostileFiles.EmptyRootRelationships(), false, "_rels/.rels");

    [TestMethod]
    public void AGarbageCustomPropertiesRelationshipIsBadInput() =>
        AssertRefusedEverywhere(HostileFiles.GarbageCustomPropertiesRelationship(), false, "Word 文書");

    [TestMethod]
    public void AnExternalEntityIsRefusedWithoutReadingIt() =>
        AssertRefusedEverywhere(HostileFiles.ExternalEntity(), false, "word/document.xml", "DTD");

    [TestMethod]
    public void BillionLaughsIsRefusedBeforeExpanding() =>
        AssertRefusedEverywhere(HostileFiles.BillionLaughs(), false, "word/document.xml", "DTD");

    [TestMethod]
    public void AZipSlipEntryNameIsNeverWrittenAnywhere()
    {
        var escaped = Path.Combine(Path.GetTempPath(), "odx-zip-slip.txt");
        System.IO.File.Delete(escaped);
        foreach (var (name, read) in Readers)
        {
            try
            {
                read(HostileFiles.ZipSlip());
            }
            catch (UnreadableFileException) { }
            catch (GlossaryDocumentException) { }
            Assert.IsFalse(System.IO.File.Exists(escaped), name);
        }
    }

    [TestMethod]
    public void NestingInAFlatOpcFragmentIsRefusedBeforeTheTreeIsBuilt()
    {
        var inner = HostileFiles.EntryText(HostileFiles.NestedContentControls(5_000), "word/document.xml");
        var flat = $"<pkg:package xmlns:pkg=\"http://schemas.microsoft.com/office/2006/xmlPackage\"><pkg:part pkg:name=\"/word/document.xml\"><pkg:xmlData>{inner}</pkg:xmlData></pkg:part></pkg:package>";
        var e = Assert.Throws<UnreadableFileException>(() => FlatOpcPackage.MainDocument(flat, "fragment"));
        StringAssert.Contains(e.Reason, "MaxXmlDepth");
    }

    [TestMethod]
    public void LimitsThatAreNotPositiveAreRefusedNamingTheSetting()
    {
        var e = Assert.Throws<FormatException>(() => InputLimits.Use(new InputLimits { MaxXmlDepth = 0, MaxRows = -1 }));
        StringAssert.Contains(e.Message, "MaxXmlDepth は 1 以上");
        StringAssert.Contains(e.Message, "MaxRows は 1 以上");
        Assert.AreEqual(InputLimits.Default, InputLimits.Current);
    }

    [TestMethod]
    public void TheGuardAppliesTheLimitsItIsGiven()
    {
        var e = Assert.Throws<PackageRejectedException>(() => PackageGuard.Check(HostileFiles.NestedContentControls(10), File, new InputLimits { MaxXmlDepth = 8 }));
        StringAssert.Contains(e.Reason, "MaxXmlDepth = 8");
        PackageGuard.Check(HostileFiles.NestedContentControls(10), File, new InputLimits { MaxXmlDepth = 30 });
    }
}
