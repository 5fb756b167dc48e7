using System.IO.Compression;
using System.Text;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Writing;
using OfficeDx.Testing;

namespace OfficeDx.Documents.Tests.Hostile;

/// <summary>
/// A plan's content control (odx:plan:…) inside an area, where a measure's should be (fuzz seed 2, `harvest`: the measure tag's prefix
/// was cut from the shorter plan tag, ArgumentOutOfRangeException, exit 70), is reported and the rest of the plan is read.
/// </summary>
[TestClass]
public sealed class MisplacedPlanControlTests
{
    [TestMethod]
    [DataRow("odx:plan:")]
    [DataRow("odx:plan:akita-2021")]
    public void APlanControlInsideAnAreaIsReportedAndEveryOtherMeasureIsRead(string tag)
    {
        var plan = PlanFile.Load(RepositoryFiles.SamplePlan("akita"));
        var docx = PlanDocumentWriter.Write(plan, ProfileLibrary.Load(plan.Profile));
        var first = plan.AllMeasures().First().Id;

        var harvest = PlanDocumentReader.Read(RetagFirst(docx, Tags.MeasurePrefix + first, tag), "akita.docx");

        Assert.AreEqual(plan.AllMeasures().Count() - 1, harvest.Plan.AllMeasures().Count());
        Assert.IsFalse(harvest.Plan.AllMeasures().Any(m => m.Id == first));
        Assert.IsTrue(harvest.Problems.Any(p => p.Message.Contains("計画全体のコンテンツ コントロール", StringComparison.Ordinal)),
            string.Join("\n", harvest.Problems));
    }

    private static byte[] RetagFirst(byte[] docx, string from, string to)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8)) xml = reader.ReadToEnd();
            var at = xml.IndexOf($"w:val=\"{from}\"", StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, at, from);
            xml = string.Concat(xml.AsSpan(0, at), $"w:val=\"{to}\"", xml.AsSpan(at + from.Length + 8));
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return stream.ToArray();
    }
}
