using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using OfficeDx.Service.Endpoints;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Hosting;

/// <summary>
/// Ends an API call's time budget when its work is done: an answer computed within the budget is written whole, and a call whose
/// budget ran out first gets the budget's 503 before anything is written — unless its work is already committed
/// (<see cref="ICommittedAnswer"/>, a stored submission), which the caller must hear about whatever the budget says. The answer is
/// written under the connection's own token, because a budget timer that has already fired can still cancel the budget's token after
/// it is disabled (its callback waits for a free thread), and an answer cancelled half-written can only be ended by resetting the
/// connection. Work that ends past the budget's deadline while that callback is still waiting gets the same 503 (<see cref="RequestBudget"/>).
/// </summary>
public sealed class FinishedWorkIsAnswered(TimeSpan budget) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        var connection = BudgetBoundary.ConnectionToken(http);
        if (result is ICommittedAnswer)
            connection.ThrowIfCancellationRequested();
        else
            http.RequestAborted.ThrowIfCancellationRequested();
        var timeout = http.Features.Get<IHttpRequestTimeoutFeature>();
        timeout?.DisableTimeout();
        if (timeout is not null && result is not ICommittedAnswer && RequestBudget.IsSpent(http))
            throw new ApiProblem(StatusCodes.Status503ServiceUnavailable, RequestBudget.ExceededDetail(budget));
        http.RequestAborted = connection;
        return result;
    }
}
