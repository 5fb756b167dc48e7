using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OfficeDx.Core.Json;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.Endpoints;

/// <summary>The glossary for the Word pane: term search, a marker's form, mark / refresh / check of an uploaded .docx, and the section as a fragment.</summary>
public static class GlossaryEndpoints
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string FlatOpcType = "application/xml; charset=utf-8";
    private const int MaxMarkerNumber = 999;

    public static void Map(RouteGroupBuilder api)
    {
        var glossary = api.MapGroup("/glossary");
        glossary.MapGet("/terms", (string? q, int? limit) =>
            {
                var found = TermSearch.Find(ServiceTerms.Get(), q);
                var take = Math.Clamp(limit ?? 20, 1, 200);
                return Results.Json(new TermSearchAnswer(found.Count, found.Take(take).Select(TermHit.Of).ToArray()), PlanJson.Options);
            })
            .WithSummary("用語集ファイルの用語を、用語・よみがな・正式名称・表記ゆれで検索する（全角・半角、ひらがな・カタカナを区別しない）");

        glossary.MapGet("/marker", (string? profile, string? term, int? number) =>
            {
                var style = ServiceProfiles.Get(profile ?? ProfileLibrary.Default).Glossary;
                var entry = FindTerm(term);
                var n = number ?? 1;
                if (n is < 1 or > MaxMarkerNumber)
                    throw new ApiProblem(StatusCodes.Status400BadRequest, $"注記の番号は 1～{MaxMarkerNumber} で指定してください（number={n}）。", [new ProblemItem("number", "範囲外です。")]);
                return Results.Json(new MarkerAnswer(entry.Term, GlossaryTags.Marker(entry.Term), "用語の注記", style.MarkText(n),
                    style.Section == GlossarySectionStyle.Footnotes), PlanJson.Options);
            })
            .WithSummary("用語の注記（タグ付きのコンテンツ コントロール）の形：タグ、タイトル、プロファイルの書式での注記の文字")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        Upload(glossary.MapPost("/mark", async (HttpRequest request, string? profile, string? term, int? occurrence, bool? every) =>
            {
                var (bytes, name) = await UploadedFile.ReadAsync(request);
                if (occurrence is < 1) throw new ApiProblem(StatusCodes.Status400BadRequest, $"occurrence は 1 以上で指定してください（{occurrence}）。", [new ProblemItem("occurrence", "1 以上にしてください。")]);
                if (occurrence is not null && term is null) throw new ApiProblem(StatusCodes.Status400BadRequest, "occurrence を使うときは term も指定してください。", [new ProblemItem("term", "指定がありません。")]);
                var style = DocumentProfile(profile, bytes, name).Glossary;
                var marked = Guard(() => GlossaryEditor.Mark(bytes, name, style, ServiceTerms.Get(), every == true ? MarkMode.Every : MarkMode.First, term, occurrence), term);
                return Results.File(marked, DocxType, name);
            }))
            .WithSummary("アップロードした .docx の用語に注記を付け、番号と用語集を更新した .docx を返す（term で用語を、occurrence で何番目の出現かを指定）");

        Upload(glossary.MapPost("/refresh", async (HttpRequest request, string? profile) =>
            {
                var (bytes, name) = await UploadedFile.ReadAsync(request);
                var style = DocumentProfile(profile, bytes, name).Glossary;
                return Results.File(Guard(() => GlossaryEditor.Refresh(bytes, name, style, ServiceTerms.Get())), DocxType, name);
            }))
            .WithSummary("アップロードした .docx の注記の番号を振り直し、用語集を作り直した .docx を返す");

        Upload(glossary.MapPost("/refresh/section", async (HttpRequest request, string? profile) =>
            {
                var (bytes, name) = await UploadedFile.ReadAsync(request);
                var chosen = DocumentProfile(profile, bytes, name);
                var refreshed = Guard(() => GlossaryEditor.Refresh(bytes, name, chosen.Glossary, ServiceTerms.Get()));
                var parts = GlossaryFragments.Refreshed(refreshed, name, chosen);
                return Results.Json(new RefreshAnswer(chosen.Name, parts.Section, parts.Markers, chosen.Glossary.Section == GlossarySectionStyle.Footnotes), PlanJson.Options);
            }))
            .WithSummary("用語集を更新したときの、作り直した用語集の節（insertOoxml 用の OOXML）と、文書の順の各注記の新しい文字を返す");

        Upload(glossary.MapPost("/check", async (HttpRequest request) =>
            {
                var (bytes, name) = await UploadedFile.ReadAsync(request);
                var report = GlossaryChecker.Check(bytes, name, ServiceTerms.Get());
                var findings = GlossaryFindings.Locate(bytes, name, ServiceTerms.Get(), report);
                return Results.Json(new CheckAnswer(name, report.IsClean, findings, report), PlanJson.Options);
            }))
            .WithSummary("アップロードした .docx の用語を調べる：注記の無い用語、解説の無い注記、使われていない用語、表記ゆれ、解説の違い。各指摘に段落の文字・施策・見出しを付ける");

        glossary.MapPost("/fragments/section", async (HttpRequest request) =>
            {
                var body = await JsonBody.ReadAsync<SectionRequest>(request);
                var profile = ServiceProfiles.Get(body.Profile);
                var terms = SectionTerms(body);
                var fragment = GlossaryFragments.Section(profile, terms)
                    ?? throw new ApiProblem(StatusCodes.Status400BadRequest,
                        $"プロファイル「{profile.Name}」の用語集は脚注なので、用語集の節はありません。脚注は「用語集を更新」で作られます。", [new ProblemItem("$.profile", "用語集が脚注の書式です。")]);
                return Results.Text(fragment, FlatOpcType);
            })
            .WithSummary("プロファイルの書式の用語集の節を、指定した用語で Word の insertOoxml 用の OOXML（flat OPC）にして返す")
            .Accepts<SectionRequest>("application/json")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static RouteHandlerBuilder Upload(RouteHandlerBuilder route) => route
        .Accepts<IFormFile>("multipart/form-data", DocxType, "application/octet-stream")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
        .DisableAntiforgery();

    private static TermBaseEntry FindTerm(string? term)
    {
        if (string.IsNullOrWhiteSpace(term))
            throw new ApiProblem(StatusCodes.Status400BadRequest, "用語（term）を指定してください。", [new ProblemItem("term", "指定がありません。")]);
        return ServiceTerms.Get().Find(term) ?? throw UnknownTerm(term, "term");
    }

    private static ApiProblem UnknownTerm(string term, string place) => new(StatusCodes.Status404NotFound,
        $"用語「{term}」は用語集ファイルにありません。用語を検索して、一覧にある用語を選んでください。", [new ProblemItem(place, $"「{term}」は登録されていない用語です。")]);

    private static List<GlossaryTerm> SectionTerms(SectionRequest body)
    {
        if (body.Terms.Count == 0)
            throw new ApiProblem(StatusCodes.Status400BadRequest, "用語集に載せる用語（terms）が一つもありません。", [new ProblemItem("$.terms", "空です。")]);
        var terms = new List<GlossaryTerm>();
        var unknown = new List<ProblemItem>();
        for (var i = 0; i < body.Terms.Count; i++)
        {
            if (ServiceTerms.Get().Find(body.Terms[i]) is { } entry)
            {
                if (terms.All(t => t.Term != entry.Term)) terms.Add(entry.ToGlossaryTerm() with { Marker = body.Numbered ? terms.Count + 1 : null });
            }
            else unknown.Add(new ProblemItem($"$.terms[{i}]", $"「{body.Terms[i]}」は用語集ファイルにありません。"));
        }
        if (unknown.Count > 0)
            throw new ApiProblem(StatusCodes.Status400BadRequest, $"用語集ファイルに無い用語が {unknown.Count} 件あります: {unknown[0].Message}", unknown);
        return terms;
    }

    /// <summary>The profile asked for, else the one the document names (if the service has it), else akita.</summary>
    private static Profile DocumentProfile(string? requested, byte[] docx, string name)
    {
        if (requested is not null) return ServiceProfiles.Get(requested);
        var named = GlossaryEditor.ProfileOf(docx, name);
        return ServiceProfiles.Get(named is not null && ProfileLibrary.Names.Contains(named, StringComparer.Ordinal) ? named : ProfileLibrary.Default);
    }

    /// <summary>A document whose markers the library will not rewrite is the drafter's to fix: 422 with every place, or 404 for a term asked for that nobody defines.</summary>
    private static byte[] Guard(Func<byte[]> edit, string? term = null)
    {
        try
        {
            return edit();
        }
        catch (GlossaryDocumentException e)
        {
            if (term is not null && ServiceTerms.Get().Find(term) is null && e.Problems.Count == 1 && e.Problems[0].Contains($"「{term}」", StringComparison.Ordinal))
                throw UnknownTerm(term, "term");
            throw new ApiProblem(StatusCodes.Status422UnprocessableEntity,
                $"{e.File} の注記をそのままでは書き換えられません（{e.Problems.Count} 件）。{e.Problems[0]}",
                e.Problems.Select(p => new ProblemItem(e.File, p)).ToArray());
        }
    }
}

/// <summary>How many entries matched, and the first of them.</summary>
public sealed record TermSearchAnswer(int Total, IReadOnlyList<TermHit> Terms);

/// <summary>A term-base entry as the pane lists it.</summary>
public sealed record TermHit(string Term, string? Reading, string? Expansion, string Definition, IReadOnlyList<string> Variants)
{
    public static TermHit Of(TermBaseEntry entry) => new(entry.Term, entry.Reading, entry.Expansion, entry.Definition, entry.Variants);
}

/// <summary>What a marker control holds: its tag and title as the library writes them, and its superscript text in the profile's style.</summary>
public sealed record MarkerAnswer(string Term, string Tag, string Title, string Text, bool Footnote);

/// <summary>The refreshed section fragment (null when the profile's glossary is footnotes) and each marker's new text in document order.</summary>
public sealed record RefreshAnswer(string Profile, string? Section, IReadOnlyList<RefreshedMarker> Markers, bool Footnotes);

/// <summary>The glossary check: findings to jump to, and the report as the CLI prints it.</summary>
public sealed record CheckAnswer(string File, bool Clean, IReadOnlyList<GlossaryFinding> Findings, GlossaryReport Report);
