using CsCheck;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Glossary;

/// <summary>Random term bases and documents: mark → refresh → harvest gives back exactly the terms used, numbered by first appearance.</summary>
[TestClass]
public sealed class GlossaryRoundTripProperties
{
    private const string Filler = "あいうえおかきくけこさしすせそアイウエオカキクケコ市民課行政手続電子申請施策概要推進、。（）「」・①②㈱　 ";
    private const string Latin = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcxyz";
    private const string KanaEnd = "アイウカキクデジタル";

    private static readonly Gen<string> FillerText = Gen.Char[Filler].Array[0, 12].Select(c => new string(c));

    /// <summary>Terms Ω1Ω…, Ω2Ω… never found inside each other or inside filler text; definitions of one or two lines.</summary>
    private static readonly Gen<TermBase> TermBases = Gen.Int[1, 6].SelectMany(count => Gen.Select(
            Gen.Char[Latin].Array[1, 4].Select(c => new string(c)),
            Gen.Char[KanaEnd].Array[0, 3].Select(c => new string(c)),
            Gen.Char[Filler.Trim()].Array[1, 30].Select(c => new string(c).Trim()).Where(s => s.Length > 0).Array[1, 2],
            (latin, kana, lines) => (Token: latin + kana + "ン", Definition: string.Join("\n", lines)))
        .Array[count]
        .Select(items => new TermBase
        {
            Terms = items.Select((item, i) => new TermBaseEntry { Term = $"Ω{i + 1}Ω{item.Token}", Definition = item.Definition, Reading = "ようご" }).ToArray(),
        }));

    /// <summary>How a term is written in the text: as in the term base, spaced out (I C T), or in full-width letters (ＩＣＴ).</summary>
    private static string Spell(string term, int how) => how switch
    {
        1 => string.Join(" ", term.ToCharArray()),
        2 => new string(term.Select(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' ? (char)(c + 0xFEE0) : c).ToArray()),
        _ => term,
    };

    private static Gen<(TermBase Terms, string[][] Paragraphs, GlossaryStyle Style)> Cases => TermBases.SelectMany(terms => Gen.Select(
        Gen.Select(Gen.Int[-1, terms.Terms.Count - 1], Gen.Int[0, 2], FillerText, Gen.Int[0, 100]).Array[0, 6]
            .Select(parts => parts.SelectMany(p => Split(p.Item1 < 0 ? "" : Spell(terms.Terms[p.Item1].Term, p.Item2), p.Item3, p.Item4)).ToArray())
            .Where(runs => runs.Length > 0)
            .Array[1, 8],
        Gen.Enum<GlossarySectionStyle>(), Gen.Enum<GlossaryMarkerStyle>(),
        (paragraphs, section, marker) => (terms, paragraphs, new GlossaryStyle { Section = section, Marker = marker })));

    /// <summary>A term and the filler after it as runs, the term cut in two at a random point (as Word cuts runs).</summary>
    private static IEnumerable<string> Split(string term, string filler, int cut)
    {
        var at = term.Length == 0 ? 0 : cut % (term.Length + 1);
        if (at > 0) yield return term[..at];
        if (term.Length - at + filler.Length > 0) yield return term[at..] + filler;
    }

    [TestMethod]
    public void MarkRefreshHarvestGivesBackExactlyTheTermsUsedInOrderOfFirstAppearance()
    {
        Cases.Sample(c =>
        {
            var (terms, paragraphs, style) = c;
            var document = new HandMadeDocument();
            foreach (var runs in paragraphs) document.Paragraph(runs);
            var matcher = TermMatcher.For(terms.Terms.Select(t => t.ToGlossaryTerm()));
            var expected = paragraphs.Select((runs, i) => (Text: string.Concat(runs), Place: $"paragraph:{i + 1}"))
                .SelectMany(p => matcher.Matches(p.Text).Select(m => (m.Term, p.Place)))
                .DistinctBy(u => u.Term)
                .Select((u, i) => $"{u.Term}={i + 1}@{u.Place}")
                .ToArray();

            var marked = GlossaryEditor.Mark(document.Build(), "random.docx", style, terms);
            var refreshed = GlossaryEditor.Refresh(marked, "random.docx", style, terms);
            CollectionAssert.AreEqual(marked, refreshed, "refresh after mark changes nothing");
            var (harvested, problems) = GlossaryHarvester.Read(refreshed, "random.docx", terms);

            Assert.IsEmpty(problems, string.Join("; ", problems));
            CollectionAssert.AreEqual(expected, harvested.Select(t => $"{t.Term}={t.Marker}@{t.FirstUse}").ToArray());
            foreach (var term in harvested) Assert.AreEqual(terms.Terms.Single(t => t.Term == term.Term).Definition, term.Definition);
        }, iter: 150, seed: null);
    }
}
