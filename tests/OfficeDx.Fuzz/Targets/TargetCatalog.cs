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
        new("cli:profile-infer", InputKind.Docx, "input.docx", (f, w, _, _) => ["profile", "infer", f, "--out", w.File("city.json")]),
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
    ];

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
    ];

    /// <summary>Targets a folder harvest sees rarely (each builds a store), so that they do not dominate the run's time.</summary>
    public static readonly IReadOnlySet<string> Rare = new HashSet<string> { "cli:folder-harvest", "cli:folder-harvest-xlsx", "cli:revise" };

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

    private static byte[] FragmentBody(FuzzCase input, Random random) =>
        Encoding.UTF8.GetBytes(new JsonObject { ["profile"] = random.Next(8) == 0 ? random.Pick(Extremes.ProfileNames) : "akita", ["ooxml"] = Encoding.UTF8.GetString(input.Bytes) }.ToJsonString());
}
