using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;
using OfficeDx.Documents.Reading;
using OfficeDx.Documents.Writing;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.Endpoints;

/// <summary>Word fragments for insertOoxml (measure table, schedule rows, legend) and the way back from a fragment to a measure.</summary>
public static class WordFragmentEndpoints
{
    private const string FlatOpcType = "application/xml; charset=utf-8";
    private const string FragmentSource = "送られた OOXML";

    public static void Map(RouteGroupBuilder api)
    {
        var word = api.MapGroup("/word/fragments");
        word.MapPost("/measure-table", async (HttpRequest request) =>
            {
                var body = await ReadMeasureAsync(request);
                return Results.Text(WordFragments.MeasureTable(body.Measure, ServiceProfiles.Get(body.Profile), body.Period), FlatOpcType);
            })
            .WithSummary("施策表を Word の insertOoxml 用の OOXML（flat OPC）で返す")
            .Accepts<MeasureFragmentRequest>("application/json")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        word.MapPost("/schedule-rows", async (HttpRequest request) =>
            {
                var body = await ReadMeasureAsync(request);
                return Results.Text(WordFragments.ScheduleRows(body.Measure, ServiceProfiles.Get(body.Profile), body.Period), FlatOpcType);
            })
            .WithSummary("取組スケジュールの2行（年度の見出しと工程・矢印）を OOXML で返す")
            .Accepts<MeasureFragmentRequest>("application/json")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        word.MapGet("/legend", (string? profile) => Results.Text(WordFragments.Legend(ServiceProfiles.Get(profile ?? ProfileLibrary.Default)), FlatOpcType))
            .WithSummary("取組スケジュールの凡例を OOXML で返す")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        word.MapPost("/read", async (HttpRequest request) =>
            {
                var body = await ReadFragmentAsync(request);
                var result = FragmentReader.ReadMeasure(body.Ooxml, ServiceProfiles.Get(body.Profile), FragmentSource);
                if (result.Measure is null)
                    throw new ApiProblem(StatusCodes.Status422UnprocessableEntity, string.Join(" ", result.Problems.Select(p => p.ToString())),
                        result.Problems.Select(p => new ProblemItem(p.Place, p.Message)).ToArray());
                return Results.Json(new MeasureRead(result.Measure, result.Problems.Select(p => new ProblemItem(p.Place, p.Message)).ToArray()),
                    OfficeDx.Core.Json.PlanJson.Options);
            })
            .WithSummary("OOXML（Word の getOoxml の結果など）から施策表を読み取り、施策の JSON を返す")
            .Accepts<FragmentRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        word.MapPost("/check", async (HttpRequest request) =>
            {
                var body = await ReadFragmentAsync(request);
                var errors = DocumentValidation.ValidateFlatOpc(body.Ooxml, FragmentSource);
                return Results.Json(new FragmentCheck(errors.Count == 0, errors.Select(e => new ProblemItem($"{e.Part} {e.XPath}", e.Description)).ToArray()));
            })
            .WithSummary("OOXML を Open XML SDK の検証器（Microsoft 365 のスキーマ）で検査する")
            .Accepts<FragmentRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        word.MapPost("/document", async (HttpRequest request) =>
            {
                var body = await ReadFragmentAsync(request);
                return Results.File(FlatOpcPackage.ToDocx(body.Ooxml, FragmentSource),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "fragment.docx");
            })
            .WithSummary("OOXML を一つの Word 文書（.docx）にして返す")
            .Accepts<FragmentRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<MeasureFragmentRequest> ReadMeasureAsync(HttpRequest request)
    {
        var body = await JsonBody.ReadAsync<MeasureFragmentRequest>(request);
        ServiceProfiles.Get(body.Profile);
        MeasureRules.Check(body);
        return body;
    }

    private static async Task<FragmentRequest> ReadFragmentAsync(HttpRequest request)
    {
        var body = await JsonBody.ReadAsync<FragmentRequest>(request);
        if (string.IsNullOrWhiteSpace(body.Ooxml))
            throw new ApiProblem(StatusCodes.Status400BadRequest, "ooxml が空です。Word の getOoxml で取り出した OOXML を送ってください。",
                [new ProblemItem("$.ooxml", "空です。")]);
        return body;
    }
}

/// <summary>A measure read from a fragment and what could not be read.</summary>
public sealed record MeasureRead(OfficeDx.Core.Model.Measure Measure, IReadOnlyList<ProblemItem> Problems);

/// <summary>The validator's verdict on a fragment.</summary>
public sealed record FragmentCheck(bool Valid, IReadOnlyList<ProblemItem> Errors);
