using System.IO.Compression;
using System.Text;
using System.Xml;
using CsCheck;
using OfficeDx.Documents.Excel;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Tests.Support;
using OfficeDx.Documents.Writing;
using OfficeDx.Testing;

namespace OfficeDx.Documents.Tests.Ooxml;

/// <summary>
/// The fast reader of Office's XML reports exactly the nodes XmlReader reports, or leaves the part to XmlReader: it never reads
/// anything XmlReader refuses, and it reads every part that OfficeDx, Word-like and LibreOffice-like saves write.
/// </summary>
[TestClass]
public sealed class Utf8XmlReaderTests
{
    private static readonly string[] SamplePlans = ["akita", "akita-v2", "hachinohe", "katagami"];

    [TestMethod]
    public void EveryXmlPartOfTheGeneratedDocumentsAndTemplatesIsReadAsXmlReaderReadsIt()
    {
        var packages = new List<(string Name, byte[] Bytes)>();
        foreach (var name in SamplePlans)
        {
            var plan = Samples.Load(name);
            var profile = ProfileLibrary.Load(plan.Profile);
            var docx = PlanDocumentWriter.Write(plan, profile);
            packages.Add(($"{name}.docx", docx));
            packages.Add(($"{name}-libreoffice.docx", LibreOfficeLikeSave.Apply(docx)));
            if (plan.AllMeasures().SelectMany(m => m.Departments).FirstOrDefault() is { } department)
                packages.Add(($"{name}.xlsx", ExcelTemplateWriter.Write(plan, profile, department)));
        }
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "templates", "examples"), "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".xlsx", StringComparison.Ordinal)))
            packages.Add((Path.GetFileName(file), File.ReadAllBytes(file)));

        var parts = 0;
        foreach (var (name, bytes) in packages)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
            {
                using var stream = entry.Open();
                var xml = new MemoryStream();
                stream.CopyTo(xml);
                var expected = Nodes(XmlReader.Create(new MemoryStream(xml.ToArray()), XmlScan.Settings(InputLimits.Default)));
                var actual = Nodes(new Utf8XmlReader(xml.ToArray(), (int)xml.Length, new NameTable()));
                Assert.AreEqual(expected, actual, $"{name}: {entry.FullName}");
                parts++;
            }
        }
        Assert.IsGreaterThan(50, parts);
    }

    [TestMethod]
    [DataRow("<a/>")]
    [DataRow("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:a xmlns:w=\"urn:w\" w:x='1' y=\"&lt;&amp;&#x41;&#66;&#x1F600;\"><w:t xml:space=\"preserve\"> </w:t><w:t>  a &gt; b  </w:t> <b/></w:a>")]
    [DataRow("<a xmlns=\"urn:d\"><b xmlns=\"\" c=\"1\"><c:d xmlns:c=\"urn:c\" c:e=\"2\"/></b></a>")]
    [DataRow("<a xml:space=\"preserve\"><b xml:space=\"default\"> </b> <c xml:lang=\"ja\">x</c></a>")]
    [DataRow("<?xml version='1.0'?><a>日本語 テキスト&#12354;</a>  \n")]
    public void SmallDocumentsAreReadAsXmlReaderReadsThem(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        Assert.AreEqual(Nodes(XmlReader.Create(new MemoryStream(bytes), XmlScan.Settings(InputLimits.Default))), Nodes(new Utf8XmlReader(bytes, bytes.Length, new NameTable())));
    }

    [TestMethod]
    [DataRow("<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>")]
    [DataRow("<a><!-- note --></a>")]
    [DataRow("<a><![CDATA[x]]></a>")]
    [DataRow("<a><?pi x?></a>")]
    [DataRow("<a>line\r\nbreak</a>")]
    [DataRow("<a b=\"tab\there\"/>")]
    [DataRow("<a>&#0;</a>")]
    [DataRow("<a>&unknown;</a>")]
    [DataRow("<a></b>")]
    [DataRow("<a b=\"1\" b=\"2\"/>")]
    [DataRow("<a xmlns:p=\"urn:x\" xmlns:q=\"urn:x\" p:b=\"1\" q:b=\"2\"/>")]
    [DataRow("<p:a/>")]
    [DataRow("<a/><b/>")]
    [DataRow("<a b=\"1\"c=\"2\"/>")]
    [DataRow("<名前/>")]
    [DataRow("<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>")]
    [DataRow("text<a/>")]
    [DataRow("<a>x]]>y</a>")]
    [DataRow("")]
    [DataRow("<a>")]
    public void WhatItDoesNotReadIsLeftToXmlReader(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        Assert.ThrowsExactly<Utf8XmlReader.UnsupportedException>(() => Nodes(new Utf8XmlReader(bytes, bytes.Length, new NameTable())));
    }

    [TestMethod]
    public void AnElementWithMoreAttributesOrNamespacesThanOfficeWritesIsLeftToXmlReader()
    {
        var attributes = string.Concat(Enumerable.Range(0, 200).Select(i => $" a{i}=\"{i}\""));
        string Namespaces(int from) => string.Concat(Enumerable.Range(from, 150).Select(i => $" xmlns:p{i}=\"urn:{i}\""));
        foreach (var xml in new[] { $"<a{attributes}/>", $"<a><b{Namespaces(0)}><c{Namespaces(150)}/></b></a>" })
        {
            var bytes = Encoding.UTF8.GetBytes(xml);
            Assert.ThrowsExactly<Utf8XmlReader.UnsupportedException>(() => Nodes(new Utf8XmlReader(bytes, bytes.Length, new NameTable())));
            Assert.IsNotEmpty(Nodes(XmlReader.Create(new MemoryStream(bytes), XmlScan.Settings(InputLimits.Default))));
        }
    }

    [TestMethod]
    public void ARandomlyDamagedPartIsEitherReadAsXmlReaderReadsItOrLeftToXmlReader()
    {
        var plan = Samples.Load("katagami");
        var profile = ProfileLibrary.Load(plan.Profile);
        var docx = PlanDocumentWriter.Write(plan, profile);
        var xlsx = ExcelTemplateWriter.Write(plan, profile, plan.AllMeasures().SelectMany(m => m.Departments).First());
        // The start of the body (cut after a paragraph and closed), and whole small parts of both kinds of package.
        var body = Encoding.UTF8.GetString(Part(docx, "word/document.xml"));
        var seeds = new[]
        {
            Encoding.UTF8.GetBytes(body[..body.IndexOf("</w:p>", 5000, StringComparison.Ordinal)] + "</w:p></w:body></w:document>"),
            Part(docx, "[Content_Types].xml"),
            Part(docx, "word/_rels/document.xml.rels"),
            Part(xlsx, "xl/workbook.xml"),
            Part(xlsx, "xl/styles.xml")[..Math.Min(4000, Part(xlsx, "xl/styles.xml").Length)],
        };
        // Damage a seed: replace, insert or delete a few bytes, most of them XML's own punctuation.
        var punctuation = "<>/=\"'&;:# \t\r\nx]!?-"u8.ToArray();
        var value = Gen.Frequency((3, Gen.Int[0, punctuation.Length - 1].Select(i => punctuation[i])), (1, Gen.Byte));
        var edits = Gen.Select(Gen.Int[0, int.MaxValue], Gen.Int[0, 2], value).Array[1, 4];
        Gen.Select(Gen.Int[0, seeds.Length - 1], edits).Sample((seed, changes) =>
        {
            var bytes = seeds[seed].ToList();
            foreach (var (at, kind, b) in changes)
            {
                var place = at % bytes.Count;
                if (kind == 0) bytes[place] = b;
                else if (kind == 1) bytes.Insert(place, b);
                else if (bytes.Count > 1) bytes.RemoveAt(place);
            }
            var damaged = bytes.ToArray();
            string? expected;
            try
            {
                expected = Nodes(XmlReader.Create(new MemoryStream(damaged), XmlScan.Settings(InputLimits.Default)));
            }
            catch (XmlException)
            {
                expected = null;
            }
            try
            {
                return Nodes(new Utf8XmlReader(damaged, damaged.Length, new NameTable())) == expected;
            }
            catch (Utf8XmlReader.UnsupportedException)
            {
                return true;
            }
        }, iter: 6000);
    }

    private static byte[] Part(byte[] package, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(package));
        using var stream = zip.GetEntry(name)!.Open();
        var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Every node as one line: type, depth, names, value, empty, xml:space and xml:lang, then each attribute.</summary>
    internal static string Nodes(XmlReader reader)
    {
        var lines = new StringBuilder();
        using (reader)
        {
            while (reader.Read())
            {
                lines.Append($"{reader.NodeType}|{reader.Depth}|{reader.Prefix}|{reader.LocalName}|{reader.NamespaceURI}|{reader.Name}|{reader.IsEmptyElement}|{reader.HasValue}|{reader.Value}|{reader.XmlSpace}|{reader.XmlLang}|{reader.AttributeCount}");
                for (var i = 0; i < reader.AttributeCount; i++)
                {
                    reader.MoveToAttribute(i);
                    lines.Append($"\n  @{reader.Depth}|{reader.Prefix}|{reader.LocalName}|{reader.NamespaceURI}|{reader.Name}|{reader.Value}|{reader.NodeType}");
                    if (reader.NodeType == XmlNodeType.Attribute)
                        Assert.AreEqual(reader.Value, reader.GetAttribute(reader.LocalName, reader.NamespaceURI));
                }
                if (reader.AttributeCount > 0) reader.MoveToElement();
                lines.Append('\n');
            }
            lines.Append($"{reader.ReadState}|{reader.EOF}");
        }
        return lines.ToString();
    }
}
