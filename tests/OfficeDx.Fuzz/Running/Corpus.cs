using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using OfficeDx.Fuzz.Mutators;
using OfficeDx.Testing;

namespace OfficeDx.Fuzz.Running;

/// <summary>
/// The seed files every mutation starts from: the sample plans cut down to a few measures (so that one input costs milliseconds),
/// the documents and department workbooks officedx writes from them, the term base, and request bodies built from them.
/// </summary>
public sealed class Corpus
{
    private const int MeasuresPerArea = 2;
    private const int AreasPerLevel = 2;
    private const int TermsKept = 24;

    private Corpus(string folder)
    {
        Folder = folder;
        PlanFolder = Path.Combine(folder, "plans");
        Plans = Load(PlanFolder, "*.json");
        Documents = Load(Path.Combine(folder, "docx"), "*.docx");
        Workbooks = Load(Path.Combine(folder, "xlsx"), "*.xlsx");
        Fragments = Load(Path.Combine(folder, "fragments"), "*.xml");
        MeasureRequests = Load(Path.Combine(folder, "requests"), "measure-*.json");
        TemplateRequests = Load(Path.Combine(folder, "requests"), "template-*.json");
        Texts = Load(Path.Combine(folder, "text"), "*.txt");
        Profiles = Load(Path.Combine(folder, "profiles"), "*.json");
        Terms = File.ReadAllBytes(Path.Combine(folder, "terms.json"));
        if (Plans.Count == 0 || Documents.Count == 0 || Workbooks.Count == 0 || Texts.Count == 0 || Profiles.Count == 0)
            throw new InvalidOperationException($"The fuzz corpus in {folder} is incomplete.");
    }

    public string Folder { get; }

    /// <summary>The service's plan folder: the cut-down plans, so that the workbooks' markers name plans the service holds.</summary>
    public string PlanFolder { get; }

    public IReadOnlyList<Seed> Plans { get; }
    public IReadOnlyList<Seed> Documents { get; }
    public IReadOnlyList<Seed> Workbooks { get; }
    public IReadOnlyList<Seed> Fragments { get; }
    public IReadOnlyList<Seed> MeasureRequests { get; }
    public IReadOnlyList<Seed> TemplateRequests { get; }
    public IReadOnlyList<Seed> Texts { get; }
    public IReadOnlyList<Seed> Profiles { get; }
    public byte[] Terms { get; }

    /// <summary>A harvest store with the sample plans in it, for `report progress`, the DX office's endpoints and the console.</summary>
    public string Store => Path.Combine(Folder, "store", "officedx.db");

    public static Corpus Open(string folder) => new(folder);

    /// <summary>Builds the corpus into <paramref name="folder"/> with officedx itself (generate, glossary mark, excel template).</summary>
    public static Corpus Build(string folder)
    {
        foreach (var sub in new[] { "plans", "docx", "xlsx", "fragments", "requests", "text", "profiles", "store" }) Directory.CreateDirectory(Path.Combine(folder, sub));
        foreach (var sample in Directory.GetDirectories(RepositoryFiles.Samples).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sample);
            var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(sample, "plan.json")))!.AsObject();
            Trim(plan);
            var planFile = Path.Combine(folder, "plans", name + ".json");
            File.WriteAllText(planFile, plan.ToJsonString());
            var docx = Path.Combine(folder, "docx", name + ".docx");
            Officedx.Run("generate", "--plan", planFile, "--out", docx);
            Officedx.Run("glossary", "mark", docx, "--every", "--out", Path.Combine(folder, "docx", name + "-glossary.docx"));
            var workbooks = Path.Combine(folder, "xlsx-" + name);
            Officedx.Run("excel", "template", "--plan", planFile, "--all", "--out", workbooks);
            foreach (var workbook in Directory.GetFiles(workbooks, "*.xlsx").Order(StringComparer.Ordinal).Take(2).Select((f, i) => (f, i)))
                File.Copy(workbook.f, Path.Combine(folder, "xlsx", $"{name}-{workbook.i}.xlsx"));
            Directory.Delete(workbooks, recursive: true);
            File.WriteAllText(Path.Combine(folder, "fragments", name + ".xml"), FlatOpc(File.ReadAllBytes(docx)));

            var measure = FirstMeasure(plan["areas"]!.AsArray())!;
            var measureRequest = new JsonObject { ["profile"] = plan["profile"]?.DeepClone(), ["period"] = plan["period"]?.DeepClone(), ["measure"] = measure.DeepClone() };
            File.WriteAllText(Path.Combine(folder, "requests", $"measure-{name}.json"), measureRequest.ToJsonString());
            var department = measure["departments"]?.AsArray().FirstOrDefault()?.GetValue<string>() ?? "";
            var templateRequest = new JsonObject { ["plan"] = plan.DeepClone(), ["department"] = department, ["deadline"] = "2026-01-30" };
            File.WriteAllText(Path.Combine(folder, "requests", $"template-{name}.json"), templateRequest.ToJsonString());
        }
        // Cut to the first 200 lines: the importer's cost grows with the text, and the mutations make it long again.
        foreach (var text in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "templates", "seeds"), "*.txt").Order(StringComparer.Ordinal))
            File.WriteAllLines(Path.Combine(folder, "text", Path.GetFileName(text)), File.ReadLines(text).Take(200));
        foreach (var profile in Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "templates", "profiles"), "*.json").Order(StringComparer.Ordinal))
        {
            var json = JsonNode.Parse(File.ReadAllText(profile))!.AsObject();
            json.Remove("$schema");
            File.WriteAllText(Path.Combine(folder, "profiles", Path.GetFileName(profile)), json.ToJsonString());
        }
        Officedx.Run("harvest", "--source", Path.Combine(folder, "docx"), "--store", "sqlite:" + Path.Combine(folder, "store", "officedx.db"));
        var terms = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "templates", "glossary", "terms.json")))!.AsObject();
        var kept = new JsonArray(terms["terms"]!.AsArray().Take(TermsKept).Select(t => t!.DeepClone()).ToArray());
        terms["terms"] = kept;
        terms.Remove("$schema");
        File.WriteAllText(Path.Combine(folder, "terms.json"), terms.ToJsonString());
        return Open(folder);
    }

    private static void Trim(JsonObject plan)
    {
        static void TrimArea(JsonObject area)
        {
            Keep(area, "measures", MeasuresPerArea);
            Keep(area, "areas", AreasPerLevel);
            if (area["areas"] is JsonArray areas) foreach (var sub in areas) TrimArea(sub!.AsObject());
        }
        Keep(plan, "areas", AreasPerLevel);
        foreach (var area in plan["areas"]!.AsArray()) TrimArea(area!.AsObject());
    }

    private static void Keep(JsonObject owner, string name, int count)
    {
        if (owner[name] is not JsonArray array) return;
        owner[name] = new JsonArray(array.Take(count).Select(n => n!.DeepClone()).ToArray());
    }

    private static JsonNode? FirstMeasure(JsonArray areas)
    {
        foreach (var area in areas)
        {
            if (area!["measures"] is JsonArray { Count: > 0 } measures) return measures[0];
            if (area["areas"] is JsonArray subs && FirstMeasure(subs) is { } found) return found;
        }
        return null;
    }

    /// <summary>The package as Word's getOoxml gives it: every part inline in one pkg:package document.</summary>
    private static string FlatOpc(byte[] docx)
    {
        XNamespace pkg = "http://schemas.microsoft.com/office/2006/xmlPackage";
        XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
        var entries = ZipReader.Read(docx);
        var contentTypes = XDocument.Parse(Encoding.UTF8.GetString(entries.Single(e => e.Name == "[Content_Types].xml").Content).TrimStart('\uFEFF')).Root!;
        string TypeOf(string name) =>
            contentTypes.Elements(types + "Override").FirstOrDefault(o => (string?)o.Attribute("PartName") == "/" + name)?.Attribute("ContentType")?.Value
            ?? contentTypes.Elements(types + "Default").FirstOrDefault(d => name.EndsWith("." + (string?)d.Attribute("Extension"), StringComparison.OrdinalIgnoreCase))?.Attribute("ContentType")?.Value
            ?? "application/octet-stream";
        var package = new XElement(pkg + "package", new XAttribute(XNamespace.Xmlns + "pkg", pkg));
        foreach (var (name, content) in entries.Where(e => e.Name != "[Content_Types].xml"))
        {
            var part = new XElement(pkg + "part", new XAttribute(pkg + "name", "/" + name), new XAttribute(pkg + "contentType", TypeOf(name)));
            if (name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal))
                part.Add(new XElement(pkg + "xmlData", XElement.Parse(Encoding.UTF8.GetString(content).TrimStart('\uFEFF'))));
            else
                part.Add(new XElement(pkg + "binaryData", Convert.ToBase64String(content)));
            package.Add(part);
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", "yes"), new XProcessingInstruction("mso-application", "progid=\"Word.Document\""), package).ToString();
    }

    private static IReadOnlyList<Seed> Load(string folder, string pattern) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, pattern).Order(StringComparer.Ordinal).Select(f => new Seed(Path.GetFileName(f), File.ReadAllBytes(f))).ToArray()
            : [];
}

/// <summary>One seed file: its name (which sample it came from) and bytes.</summary>
public sealed record Seed(string Name, byte[] Bytes);
