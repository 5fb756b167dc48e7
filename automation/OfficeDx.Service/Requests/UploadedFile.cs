using Microsoft.AspNetCore.Http;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Requests;

/// <summary>A file sent to the service: the first file of a multipart form or, for scripts, the raw request body.</summary>
public static class UploadedFile
{
    /// <summary>The file's bytes and name; <paramref name="kind"/> is what it should be, as a drafter reads it (Word 文書（.docx）), for the messages.</summary>
    public static async Task<(byte[] Bytes, string Name)> ReadAsync(HttpRequest request, string kind = "Word 文書（.docx）")
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
                ?? throw new ApiProblem(StatusCodes.Status400BadRequest, $"フォームに {kind} のファイルが付いていません。");
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
