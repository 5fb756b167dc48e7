using System.Text;
using System.Text.Json.Nodes;
using OfficeDx.Fuzz.Mutators;
using OfficeDx.Fuzz.Running;

namespace OfficeDx.Fuzz.Targets;

/// <summary>Every entry point the command line and the service expose, by the kind of input each takes.</summary>
public static class TargetCatalog
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly IReadOnlyList<CliTarget> Commands =
    [
        new("cli:harvest", InputKind.Docx, "input.docx", (f, w, _, _) => ["harvest", f, "--out", w.File("out.json")]),
        new("cli:validate", InputKind.Docx, "input.docx", (f, _, _, _) => ["validate", f]),
        new("cli:import", InputKind.Docx, "input.docx", (f, w, _, _) => ["import", f, "--out", w.File("imported.json")]),
        new("cli:profile-check", InputKind.Docx, "input.docx", (f, _, _, _) => ["profile", "check", "katagami", f]),
        new("cli:glossary-check", InputKind.Docx, "input.docx", (f, _, _, _) => ["glossary", "check", f, "--json"]),
        new("cli:glossary-refresh", InputKind.Docx, "input.docx", (f, w, _, _) => ["glossary", "refresh", f, "--out", w.File("refreshed.docx")]),
        new("cli:folder-harvest", InputKind.Docx, "input.docx", (_, w, c, _) => FolderHarvest(w, c)),
        new("cli:excel-collect", InputKind.Xlsx, "input.xlsx", (f, w, c, i) => ["excel", "collect", f, "--plan", PlanOf(c, i), "--out", w.File("next.json"), "--report", w.File("report.json")]),
        new("cli:folder-harvest-xlsx", InputKind.Xlsx, "input.xlsx", (_, w, c, _) => FolderHarvest(w, c)),
        new("cli:generate", InputKind.Plan, "input.json", (f, w, _, _) => ["generate", "--plan", f, "--out", w.File("out.docx")]),
        new("cli:excel-template", InputKind.Plan, "input.json", (f, w, _, _) => ["excel", "template", "--plan", f, "--all", "--out", w.File("excel")]),
        new("cli:revise", InputKind.Plan, "input.json", (f, w, c, i) => ["revise", "--plan", PlanOf(c, i), "--changes", f, "--edition", "令和6年3月改訂", "--out", w.File("revised")]),
        new("cli:glossary-check-terms", InputKind.Terms, "terms.json", (f, _, c, _) => ["glossary", "check", Path.Combine(c.Folder, "docx", c.Documents[1].Name), "--terms", f, "--json"]),
        new("cli:glossary-mark-terms", InputKind.Terms, "terms.json", (f, w, c, _) => ["glossary", "mark", Path.Combine(c.Folder, "docx", c.Documents[0].Name), "--terms", f, "--every", "--out", w.File("marked.docx")]),
        new("cli:batch", InputKind.Batch, "batch.json", (f, _, _, _) => ["batch", f]),
        new("cli:import-text", InputKind.Text, "input.txt", (f, w, _, _) => ["import", f, "--out", w.File("imported.json")]),
        new("cli:profile-folder", InputKind.Profile, Path.Combine("profiles", FuzzProfile + ".json"), (f, w, c, i) =>
            ["generate", "--plan", PlanOf(c, i), "--profiles", Path.GetDirectoryName(f)!, "--profile", FuzzProfile, "--out", w.File("out.docx")]),
        new("cli:manifest", InputKind.Words, "words.txt", (_, w, _, i) => HostileWords.Split(i.Bytes) is var (url, client)
            ? ["manifest", "--base-url", url, "--client-id", client, "--out", w.File("manifest.xml")] : []),
        new("cli:report-progress", InputKind.Words, "words.txt", (_, w, c, i) => HostileWords.Split(i.Bytes) is var (plan, year)
            ? ["report", "progress", "--plan", i.Index % 3 == 0 ? plan : $"store:sqlite:{c.Store}#{plan}", "--year", year, "--out", w.File("report.docx")] : []),
    ];

    /// <summary>The name a fuzzed profile file has in its --profiles folder.</summary>
    public const string FuzzProfile = "fuzz";

    public static readonly IReadOnlyList<HttpTarget> Endpoints =
    [
        new("svc:harvest", InputKind.Docx, (i, r) => HttpTarget.Upload("/api/word/documents/harvest", i, "input.docx", DocxType, r)),
        new("svc:glossary-check", InputKind.Docx, (i, r) => HttpTarget.Upload("/api/glossary/check", i, "input.docx", DocxType, r)),
        new("svc:glossary-mark", InputKind.Docx, (i, r) => HttpTarget.Upload(r.Next(3) == 0 ? $"/api/glossary/mark?every=true&profile={Uri.EscapeDataString(r.Pick(Extremes.ProfileNames))}" : "/api/glossary/mark?every=true", i, "input.docx", DocxType, r)),
        new("svc:glossary-refresh", InputKind.Docx, (i, r) => HttpTarget.Upload("/api/glossary/refresh", i, "input.docx", DocxType, r)),
        new("svc:workbook-check", InputKind.Xlsx, (i, r) => HttpTarget.Upload("/api/excel/workbooks/check", i, "input.xlsx", XlsxType, r)),
        new("svc:workbook-submit", InputKind.Xlsx, (i, r) => HttpTarget.Upload("/api/excel/workbooks/submit", i, "input.xlsx", XlsxType, r)),
        new("svc:fragment-read", InputKind.Fragment, (i, r) => HttpTarget.Json("/api/word/fragments/read", FragmentBody(i, r))),
        new("svc:fragment-check", InputKind.Fragment, (i, r) => HttpTarget.Json("/api/word/fragments/check", FragmentBody(i, r))),
        new("svc:fragment-document", InputKind.Fragment, (i, r) => HttpTarget.Json("/api/word/fragments/document", FragmentBody(i, r))),
        new("svc:measure-table", InputKind.MeasureRequest, (i, _) => HttpTarget.Json("/api/word/fragments/measure-table", i.Bytes)),
        new("svc:schedule-rows", InputKind.MeasureRequest, (i, _) => HttpTarget.Json("/api/word/fragments/schedule-rows", i.Bytes)),
        new("svc:excel-template", InputKind.TemplateRequest, (i, _) => HttpTarget.Json("/api/excel/template", i.Bytes)),
        new("svc:submissions", InputKind.Words, (i, r) => HttpTarget.Get($"/api/excel/plans/{Segment(i, 0)}/submissions?department={Segment(i, 1)}")),
        new("svc:merged", InputKind.Words, (i, r) => HttpTarget.Get($"/api/excel/plans/{Segment(i, 0)}/merged?plan={Segment(i, 1)}")),
        new("svc:console", InputKind.Words, (i, r) => HttpTarget.Get(r.Next(4) switch
        {
            0 => $"/console?plan={Segment(i, 0)}&year={Segment(i, 1)}",
            1 => $"/console?handler=Download&plan={Segment(i, 0)}&format={Segment(i, 1)}",
            2 => $"/console?handler=Chart&plan={Segment(i, 0)}&key={Segment(i, 1)}",
            _ => $"/console?message={Segment(i, 0)}&year={Segment(i, 1)}",
        })),
        new("svc:console-post", InputKind.Words, (i, r) => HttpTarget.Form("/console?handler=RunNow", new Dictionary<string, string>
        {
            ["schedule"] = Value(i, 0), ["plan"] = Value(i, 1), ["__RequestVerificationToken"] = r.Next(2) == 0 ? Value(i, 1) : "",
        })),
    ];

    /// <summary>One of a Words input's two values, cut so that the request line stays under the server's limit (an add-in never sends more).</summary>
    private static string Value(FuzzCase input, int which)
    {
        var (first, second) = HostileWords.Split(input.Bytes);
        var value = which == 0 ? first : second;
        return value.Length > 300 ? value[..300] : value;
    }

    private static string Segment(FuzzCase input, int which) => Uri.EscapeDataString(Value(input, which));

    /// <summary>Targets a folder harvest sees rarely (each builds a store), so that they do not dominate the run's time.</summary>
    public static readonly IReadOnlySet<string> Rare = new HashSet<string> { "cli:folder-harvest", "cli:folder-harvest-xlsx", "cli:revise", "cli:report-progress" };

    /// <summary>The sample plan a seed file was made from (akita-0.xlsx → plans/akita.json).</summary>
    private static string PlanOf(Corpus corpus, FuzzCase input)
    {
        var stem = Path.GetFileNameWithoutExtension(input.SeedName);
        var plan = corpus.Plans.Select(p => Path.GetFileNameWithoutExtension(p.Name)).Where(p => stem.StartsWith(p, StringComparison.Ordinal)).MaxBy(p => p.Length) ?? "akita";
        return Path.Combine(corpus.PlanFolder, plan + ".json");
    }

    /// <summary>The input among a good document and a good workbook in one folder, harvested into a fresh store.</summary>
    private static string[] FolderHarvest(Workspace workspace, Corpus corpus)
    {
        var source = Path.Combine(workspace.Path, "source");
        Directory.CreateDirectory(source);
        foreach (var input in Directory.GetFiles(workspace.Path, "input.*")) File.Move(input, Path.Combine(source, Path.GetFileName(input)));
        File.WriteAllBytes(Path.Combine(source, "good.docx"), corpus.Documents[0].Bytes);
        File.WriteAllBytes(Path.Combine(source, "good.xlsx"), corpus.Workbooks[0].Bytes);
        return ["harvest", "--source", source, "--store", "sqlite:" + workspace.File("harvest.db")];
    }

    /// <summary>As the add-in's JSON.stringify writes it: &lt; and &gt; as they are, not as \u003C (six times the size of a deep fragment).</summary>
    private static readonly System.Text.Json.JsonSerializerOptions AsTheAddinWrites = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static byte[] FragmentBody(FuzzCase input, Random random) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["profile"] = random.Next(8) == 0 ? random.Pick(Extremes.ProfileNames) : "akita", ["ooxml"] = Encoding.UTF8.GetString(input.Bytes) }.ToJsonString(AsTheAddinWrites));
}
