using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OfficeDx.Core.Json;
using OfficeDx.Documents.Word;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Endpoints;

/// <summary>A whole plan document uploaded and harvested back into a plan.</summary>
public static class DocumentEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/word/documents/harvest", async (HttpRequest request) =>
            {
                var (bytes, name) = await ReadUploadAsync(request);
                var result = PlanDocumentReader.Read(bytes, name);
                return Results.Json(new HarvestAnswer(result.Plan, result.Problems.Select(p => new ProblemItem(p.Place, p.Message)).ToArray()), PlanJson.Options);
            })
            .WithSummary("アップロードした計画の Word 文書（.docx）を計画の JSON に読み戻す")
            .Accepts<IFormFile>("multipart/form-data", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/octet-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .DisableAntiforgery();
    }

    /// <summary>The document from a multipart form (its first file) or, for scripts, the raw request body.</summary>
    private static async Task<(byte[] Bytes, string Name)> ReadUploadAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        string name;
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            }
            catch (InvalidDataException e)
            {
                throw new ApiProblem(StatusCodes.Status400BadRequest, $"フォーム（multipart/form-data）の形が崩れていて読めません（{e.Message}）。");
            }
            var file = form.Files.FirstOrDefault()
                ?? throw new ApiProblem(StatusCodes.Status400BadRequest, "フォームに Word 文書（.docx）のファイルが付いていません。");
            name = Path.GetFileName(file.FileName);
            await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        }
        else
        {
            name = "アップロードされた文書";
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        }
        if (buffer.Length == 0) throw new ApiProblem(StatusCodes.Status400BadRequest, $"{name} が空です（0 バイト）。");
        return (buffer.ToArray(), name);
    }
}

/// <summary>A harvested plan and everything that could not be read.</summary>
public sealed record HarvestAnswer(OfficeDx.Core.Model.Plan Plan, IReadOnlyList<ProblemItem> Problems);
