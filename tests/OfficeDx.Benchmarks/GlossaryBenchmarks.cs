using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Benchmarks;

/// <summary>
/// Glossary passes on a 300-page document (6,000 paragraphs of about 90 characters, runs split mid-word) with a
/// 1,000-term base: mark every term's first use, refresh the marked document, check it.
/// </summary>
[MemoryDiagnoser]
public class GlossaryBenchmarks
{
    private const int Paragraphs = 6000;
    private const int Terms = 1000;

    private TermBase _terms = null!;
    private byte[] _document = [];
    private byte[] _marked = [];
    private readonly GlossaryStyle _style = new() { Marker = GlossaryMarkerStyle.Asterisk, Section = GlossarySectionStyle.Footnotes };

    [GlobalSetup]
    public void Setup()
    {
        _terms = SyntheticTerms();
        _document = SyntheticDocument(_terms);
        _marked = GlossaryEditor.Mark(_document, "synthetic.docx", _style, _terms);
    }

    [Benchmark]
    public byte[] Mark() => GlossaryEditor.Mark(_document, "synthetic.docx", _style, _terms);

    [Benchmark]
    public byte[] Refresh() => GlossaryEditor.Refresh(_marked, "synthetic.docx", _style, _terms);

    [Benchmark]
    public GlossaryReport Check() => GlossaryChecker.Check(_marked, "synthetic.docx", _terms);

    /// <summary>Half Latin abbreviations (three letters), half katakana words (three syllables + システム), each with a definition.</summary>
    private static TermBase SyntheticTerms()
    {
        const string letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        const string syllables = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモラリルレロ";
        var entries = new List<TermBaseEntry>();
        for (var i = 0; i < Terms; i++)
        {
            var term = i % 2 == 0
                ? $"{letters[i / 2 % 26]}{letters[i / 52 % 26]}{letters[(i / 2 + 7) % 26]}Q"
                : $"{syllables[i % syllables.Length]}{syllables[i / 7 % syllables.Length]}{syllables[i / 49 % syllables.Length]}システム{i}";
            entries.Add(new TermBaseEntry { Term = term, Reading = "ようご", Definition = $"用語{i}の解説。行政のデジタル化で使われる技術や仕組みのこと。" });
        }
        return new TermBase { Terms = entries.DistinctBy(e => TermKey.Of(e.Term)).ToArray() };
    }

    private static byte[] SyntheticDocument(TermBase terms)
    {
        var random = new Random(42);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new Settings(new Zoom { Percent = "100" });
            var body = new Body();
            for (var p = 0; p < Paragraphs; p++)
            {
                var first = terms.Terms[random.Next(terms.Terms.Count)].Term;
                var second = terms.Terms[random.Next(terms.Terms.Count)].Term;
                if (p % 10 == 0) second = string.Join(" ", second.ToCharArray());   // a spaced-out variant now and then
                var text = $"本市では、{first}を活用した行政手続の見直しを進めるとともに、{second}の導入により市民の利便性向上と業務の効率化を図ります。";
                var cut = random.Next(1, text.Length - 1);
                body.Append(new Paragraph(Run(text[..cut]), Run(text[cut..])));
            }
            main.Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
