using System.IO.Compression;
using System.Text.RegularExpressions;
using CsCheck;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests;

[TestClass]
public sealed class ValidationTests
{
    private static readonly Profile Akita = ProfileLibrary.Load("akita");

    [TestMethod]
    public void AkitaSampleHasNoValidationErrors()
    {
        var errors = DocumentValidation.Validate(PlanDocumentWriter.Write(Samples.Load("akita"), Akita), "akita.docx");
        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    public void RandomPlansHaveNoValidationErrors()
    {
        ProfileFit.PlanWithProfile.Sample(pair =>
        {
            var errors = DocumentValidation.Validate(PlanDocumentWriter.Write(pair.Plan, pair.Profile), "random.docx");
            Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
        }, iter: 60);
    }

    [TestMethod]
    public void AnErrorQuotingAMegabyteValueIsCutInItsMiddle()
    {
        // Fuzz run 8, #25397: a posOffset of 1,000,000 characters was quoted whole by the SDK, and `validate` took 2.6 s to print it.
        using var stream = new MemoryStream();
        stream.Write(PlanDocumentWriter.Write(Samples.Load("akita"), Akita));
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var offset = new Regex("<wp:posOffset>[^<]*</wp:posOffset>").Match(xml);
            Assert.IsTrue(offset.Success, "the sample has no drawn arrow to damage");
            xml = xml[..offset.Index] + "<wp:posOffset>" + new string('施', 1_000_000) + "</wp:posOffset>" + xml[(offset.Index + offset.Length)..];
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(xml);
        }

        var errors = DocumentValidation.Validate(stream.ToArray(), "akita.docx");

        var error = errors.Single();
        StringAssert.Contains(error.Description, "posOffset");
        StringAssert.Contains(error.Description, "文字省略");
        Assert.IsLessThanOrEqualTo(DocumentValidation.MaxDescriptionCharacters + 50, error.Description.Length);
    }
}
