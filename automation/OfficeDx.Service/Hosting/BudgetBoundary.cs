using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace OfficeDx.Service.Hosting;

/// <summary>
/// What happens before a request's time budget starts. Its whole body is received first: the budget then covers the work, not the
/// upload (a slow upload is Kestrel's minimum data rate's to end, with 408), and no answer — 503 past the budget, 401, 403 — is
/// sent while the caller is still sending (a connection closed with unread bytes is reset, and a task pane's fetch would lose the
/// answer). And the connection's own cancellation token is kept, for <see cref="FinishedWorkIsAnswered"/>.
/// </summary>
public sealed class BudgetBoundary(RequestDelegate next, TimeSpan budget)
{
    /// <summary>Bodies up to this size are kept in memory, larger ones (up to the service's body limit) in a temporary file.</summary>
    private const int MemoryThreshold = 1 << 20;

    private static readonly object ConnectionTokenKey = new();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            request.EnableBuffering(MemoryThreshold);
            await request.Body.DrainAsync(context.RequestAborted);
            request.Body.Position = 0;
        }
        context.Items[ConnectionTokenKey] = context.RequestAborted;
        RequestBudget.Start(context, budget);
        await next(context);
    }

    /// <summary>The token that only a disconnecting caller cancels (the budget's own token is linked to it).</summary>
    public static CancellationToken ConnectionToken(HttpContext context) =>
        context.Items.TryGetValue(ConnectionTokenKey, out var token) && token is CancellationToken connection ? connection : context.RequestAborted;
}
