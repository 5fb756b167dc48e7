using Microsoft.AspNetCore.Http;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Requests;

/// <summary>A file sent to the service: the first file of a multipart form or, for scripts, the raw request body.</summary>
public static class UploadedFile
{
    /// <summary>The file's bytes and name; <paramref name="kind"/> is what it should be (a Word document unless given), for the messages.</summary>
    public static async Task<(byte[] Bytes, string Name)> ReadAsync(HttpRequest request, UploadKind? kind = null)
    {
        kind ??= UploadKind.WordDocument;
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
                ?? throw new ApiProblem(StatusCodes.Status400BadRequest, $"フォームに {kind.Description} のファイルが付いていません。");
            name = Path.GetFileName(file.FileName);
            await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        }
        else
        {
            // Office's getFileAsync gives bytes without a file name: a task pane passes the name it shows in the query.
            name = request.Query["name"] is { Count: > 0 } given && !string.IsNullOrWhiteSpace(given[0]) ? Path.GetFileName(given[0]!) : kind.UnnamedFile;
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        }
        if (buffer.Length == 0) throw new ApiProblem(StatusCodes.Status400BadRequest, $"{name} が空です（0 バイト）。{kind.Description} を送ってください。");
        return (buffer.ToArray(), name);
    }
}
