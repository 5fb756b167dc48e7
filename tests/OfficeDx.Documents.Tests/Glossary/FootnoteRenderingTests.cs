using System.Text.RegularExpressions;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Tests.Support;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>
/// Real footnotes with custom marks (*N, ※N) as LibreOffice lays them out: each mark printed once after its term and once
/// before its definition at the bottom of the page, never doubled (*1*1) and never replaced by Word's automatic number.
/// </summary>
[TestClass]
public sealed class FootnoteRenderingTests
{
    [TestMethod]
    [DataRow(GlossaryMarkerStyle.Asterisk, "*", DisplayName = "Akita 2021 *N")]
    [DataRow(GlossaryMarkerStyle.ReferenceMark, "※", DisplayName = "Katagami ※N")]
    public void EachCustomMarkIsPrintedOnceInTheBodyAndOnceInItsFootnote(GlossaryMarkerStyle marker, string symbol)
    {
        var style = GlossaryDocs.Style(GlossarySectionStyle.Footnotes, marker);
        var docx = GlossaryEditor.Mark(SectionStyleTests.SeedText(), "seed.docx", style, GlossaryDocs.Terms);
        var errors = DocumentValidation.Validate(docx, "seed.docx");
        Assert.IsEmpty(errors, string.Join("\n", errors));
        // A footnoteRef in a note whose reference carries a custom mark would print Word's automatic number there as well.
        Assert.IsEmpty(GlossaryDocs.Footnotes(docx)!.Descendants(GlossaryDocs.W + "footnoteRef").ToArray());

        var text = Squeeze(Render(docx));

        // スマートフォン, IoT, AI, ICT, クラウド in order of first use, each followed by its mark where the seed text has it.
        string[] terms = ["スマートフォン", "IoT", "AI", "ICT", "クラウド"];
        string[] afterTerm = ["スマートフォン", "IoT", "AI", "ＩＣＴ", "クラウド"];
        for (var n = 1; n <= terms.Length; n++)
        {
            var mark = symbol + n;
            var printed = Regex.Matches(text, Regex.Escape(mark) + "(?![0-9])").Count;
            Assert.AreEqual(2, printed, $"{mark} must be printed exactly twice (body and footnote), found {printed} times in:\n{text}");
            StringAssert.Contains(text, Squeeze(afterTerm[n - 1]) + mark, $"{mark} follows its term in the body");
            var definition = Squeeze(GlossaryDocs.Terms.Find(terms[n - 1])!.Definition)[..12];
            StringAssert.Contains(text, mark + definition, $"the footnote of {mark} starts with the mark, then the definition");
            Assert.DoesNotContain(mark + mark, text, $"{mark} is doubled");
        }
        Assert.DoesNotMatchRegex(new Regex(@"[0-9][*※]"), text, "no automatic footnote number is printed next to a custom mark");
    }

    private static string Render(byte[] docx)
    {
        var dir = Directory.CreateTempSubdirectory("odx-footnotes-");
        try
        {
            var path = Path.Combine(dir.FullName, "footnotes.docx");
            File.WriteAllBytes(path, docx);
            return ExternalTools.PdfText(ExternalTools.ConvertToPdf(path), layout: true);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>PDF text breaks lines and spaces glyphs freely; compare without any white space.</summary>
    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
