using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using CsCheck;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Markup;

/// <summary>
/// Measure tables are written as text (WordMarkup), not as typed SDK elements: their bytes must be what the SDK would have
/// saved for the same elements. The SDK reads word/document.xml back into typed elements and saves it again; any other
/// spelling (an unescaped &gt;, a raw CR, &lt;w:x/&gt; for &lt;w:x /&gt;, attributes out of schema order) changes a byte.
/// </summary>
[TestClass]
public sealed partial class MarkupSpellingTests
{
    /// <summary>Line breaks of every kind, a tab, XML's specials, a character outside the BMP, spaces at either end.</summary>
    private static readonly Gen<string> Awkward = Gen.Frequency(
        (4, Gen.Const("")),
        (1, Gen.Const("\r\n")), (1, Gen.Const("\r")), (1, Gen.Const("\t")), (1, Gen.Const(" & < > \" ' ")),
        (1, Gen.Const("𠮷")), (1, Gen.Const("]]>")), (1, Gen.Const("\u00A0\u2028\u0085")));

    [TestMethod]
    public void DocumentXmlIsSpelledAsTheSdkSavesIt()
    {
        Gen.Select(ProfileFit.PlanWithBarsAndProfile, Awkward.Array[8]).Sample(sample =>
        {
            var ((plan, profile), awkward) = sample;
            var written = DocumentXml(PlanDocumentWriter.Write(Roughen(plan with { Glossary = [] }, awkward), profile));
            var text = WithoutTableLooks(Encoding.UTF8.GetString(written));
            var saved = WithoutTableLooks(Encoding.UTF8.GetString(SavedAgainBySdk(written)));
            if (saved != text) Assert.Fail("the SDK saves word/document.xml differently: " + FirstDifference(saved, text));
        }, iter: 150, seed: null);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("a")]
    public void LongTextOutsideTheBmpComesBackWhole(string lead)
    {
        // Tens of thousands of surrogate pairs: the markup is saved a block at a time, and no block may end between the halves of a pair.
        var overview = lead + string.Concat(Enumerable.Repeat("𠮷", 30_000));
        var plan = Samples.Load("akita");
        var first = plan.Areas[0].Measures[0];
        var withLongOverview = plan with { Areas = [plan.Areas[0] with { Measures = [first with { Overview = overview }, .. plan.Areas[0].Measures.Skip(1)] }, .. plan.Areas.Skip(1)] };
        var harvest = PlanDocumentReader.Read(PlanDocumentWriter.Write(withLongOverview, ProfileLibrary.Load("akita")), "long.docx");
        Assert.AreEqual(overview, harvest.Plan.AllMeasures().First(m => m.Id == first.Id).Overview);
    }

    [TestMethod]
    public void ACharacterXmlCannotHoldIsRefused()
    {
        var plan = Samples.Load("akita");
        var first = plan.Areas[0].Measures[0];
        var broken = plan with { Areas = [plan.Areas[0] with { Measures = [first with { Name = first.Name + "\u0001" }, .. plan.Areas[0].Measures.Skip(1)] }, .. plan.Areas.Skip(1)] };
        var refusal = Assert.ThrowsExactly<ArgumentException>(() => PlanDocumentWriter.Write(broken, ProfileLibrary.Load("akita")));
        StringAssert.Contains(refusal.Message, "hexadecimal value 0x01, is an invalid character");
    }

    /// <summary>Awkward text at the ends of measure names and overviews, schedule captions and indicator values.</summary>
    private static Plan Roughen(Plan plan, string[] awkward)
    {
        var i = 0;
        string Next() => awkward[i++ % awkward.Length];
        Measure Measure(Measure m) => m.State == MeasureState.Completed ? m : m with
        {
            Name = Next() + m.Name + Next(),
            Overview = m.Overview + Next(),
            Schedule = m.Schedule.Select(e => e with { Caption = e.Caption is null ? null : e.Caption + Next() }).ToArray(),
            Indicators = m.Indicators.Select(k => k with { Name = k.Name + Next() }).ToArray(),
            Tracks = m.Tracks.Select(t => t with { Spans = t.Spans.Select(s => s with { Text = s.Text + Next() }).ToArray() }).ToArray(),
        };
        Area Area(Area a) => a with { Measures = a.Measures.Select(Measure).ToArray(), Areas = a.Areas.Select(Area).ToArray() };
        return plan with { Areas = plan.Areas.Select(Area).ToArray() };
    }

    /// <summary>
    /// Every w:tblLook emptied: reading one, the SDK folds its firstRow… attributes into the val bitmask, so it never saves one
    /// as it was written (typed or not).
    /// </summary>
    private static string WithoutTableLooks(string xml) => TableLook().Replace(xml, "<w:tblLook />");

    [GeneratedRegex("<w:tblLook [^>]*/>")]
    private static partial Regex TableLook();

    private static string FirstDifference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at]) at++;
        string Around(string s) => s[Math.Max(0, at - 200)..Math.Min(s.Length, at + 200)];
        return $"at {at}\n  SDK:     …{Around(expected)}…\n  written: …{Around(actual)}…";
    }

    private static byte[] DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx));
        using var stream = zip.GetEntry("word/document.xml")!.Open();
        var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The part read into typed elements (every one parsed) and saved as the writer saves a body.</summary>
    private static byte[] SavedAgainBySdk(byte[] documentXml)
    {
        var text = Encoding.UTF8.GetString(documentXml);
        var document = new Document(text[(text.IndexOf("?>", StringComparison.Ordinal) + 2)..]);
        _ = document.Descendants().Count();
        var saved = new MemoryStream();
        using (var writer = XmlWriter.Create(saved, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartElement(document.Prefix, document.LocalName, document.NamespaceUri);
            foreach (var child in document.ChildElements) child.WriteTo(writer);
            writer.WriteFullEndElement();
            writer.WriteEndDocument();
        }
        return saved.ToArray();
    }
}
