using Microsoft.AspNetCore.Http;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Requests;

/// <summary>A department workbook sent by the Excel pane (the raw bytes) or from a form (its first file).</summary>
public static class WorkbookUpload
{
    public const string DefaultName = "送られたブック";

    public static async Task<(byte[] Bytes, string Name)> ReadAsync(HttpRequest request)
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
                ?? throw new ApiProblem(StatusCodes.Status400BadRequest, "フォームに Excel ブック（.xlsx）のファイルが付いていません。");
            name = Path.GetFileName(file.FileName);
            await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        }
        else
        {
            // Office's getFileAsync gives bytes without a file name: the pane passes the name it shows in the query.
            name = request.Query["name"] is { Count: > 0 } given && !string.IsNullOrWhiteSpace(given[0]) ? Path.GetFileName(given[0]!) : DefaultName;
            await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        }
        if (buffer.Length == 0) throw new ApiProblem(StatusCodes.Status400BadRequest, $"{name} が空です（0 バイト）。Excel ブック（.xlsx）を送ってください。");
        return (buffer.ToArray(), name);
    }
}
