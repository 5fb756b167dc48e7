using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Reading;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.Endpoints;

/// <summary>A whole plan document uploaded and harvested back into a plan.</summary>
public static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/word/documents/harvest", async (HttpRequest request) =>
            {
                var (bytes, name) = await UploadedFile.ReadAsync(request);
                var result = PlanDocumentReader.Read(bytes, name, request.HttpContext.RequestAborted);
                return Results.Json(new HarvestAnswer(result.Plan, result.Problems.Select(p => new ProblemItem(p.Place, p.Message)).ToArray()), PlanJson.Options);
            })
            .WithSummary("アップロードした計画の Word 文書（.docx）を計画の JSON に読み戻す")
            .Accepts<IFormFile>("multipart/form-data", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
    }
}

/// <summary>A harvested plan and everything that could not be read.</summary>
public sealed record HarvestAnswer(OfficeDx.Core.Model.Plan Plan, IReadOnlyList<ProblemItem> Problems);
