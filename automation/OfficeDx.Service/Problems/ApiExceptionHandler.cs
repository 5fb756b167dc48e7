using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Service.Problems;

/// <summary>Turns every failure into an RFC 7807 problem document in Japanese; only a real fault is a 500, and it shows no stack trace.</summary>
public sealed class ApiExceptionHandler(IProblemDetailsService problems, ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, errors) = exception switch
        {
            ApiProblem p => (p.Status, p.Detail, p.Errors),
            ProfileException p => (StatusCodes.Status400BadRequest, p.Message, []),
            // A file that cannot be read (damaged, wrong kind) is a bad request (400); one past a size limit is too large (413),
            // whatever part broke it. 422 stays for a readable file whose content cannot be used (another plan's workbook…).
            UnreadableFileException d => (d.TooLarge ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest, $"{d.File}: {d.Reason}", [new ProblemItem(d.File, d.Reason)]),
            BadHttpRequestException b when b.StatusCode == StatusCodes.Status413PayloadTooLarge =>
                (b.StatusCode, "送られたデータがサービスの上限を超えています。施策は一つずつ、文書は 10 MB 以内で送ってください。", (IReadOnlyList<ProblemItem>)[]),
            BadHttpRequestException b => (b.StatusCode, "リクエストを最後まで読み取れませんでした。送り直してください。", []),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => (499, "呼び出し側が接続を切りました。", []),
            _ => (StatusCodes.Status500InternalServerError, ProblemTitles.DefaultDetail(500)!, []),
        };
        if (status >= 500 && exception is not ApiProblem) logger.LogError(exception, "Unhandled failure on {Method} {Path}", context.Request.Method, context.Request.Path);
        else logger.LogInformation("Refused {Method} {Path} with {Status}: {Detail}", context.Request.Method, context.Request.Path, status, detail);

        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = ProblemTitles.For(status), Detail = detail };
        if (errors.Count > 0) problem.Extensions["errors"] = errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
