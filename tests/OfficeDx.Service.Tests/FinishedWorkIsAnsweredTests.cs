using Microsoft.AspNetCore.Http;
using OfficeDx.Service.Endpoints;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Service.Tests;

/// <summary>
/// What the end of an API call does when its budget ran out while the work was finishing: committed work is answered, anything
/// else is refused with the budget's 503 (the timeouts middleware answers the OperationCanceledException).
/// </summary>
[TestClass]
public sealed class FinishedWorkIsAnsweredTests
{
    private static async Task<(object? Result, HttpContext Http)> FinishAsync(object? result, bool budgetRanOut)
    {
        var http = new DefaultHttpContext();
        object? answered = null;
        var boundary = new BudgetBoundary(async context =>
        {
            // The budget's token is linked to the connection's; here its timer has fired (or not) as the work returns.
            context.RequestAborted = budgetRanOut ? new CancellationToken(canceled: true) : CancellationToken.None;
            answered = await new FinishedWorkIsAnswered().InvokeAsync(EndpointFilterInvocationContext.Create(context), _ => ValueTask.FromResult(result));
        });
        await boundary.InvokeAsync(http);
        return (answered, http);
    }

    [TestMethod]
    public async Task AStoredSubmissionIsAnsweredEvenWhenTheBudgetRanOutAsItWasStored()
    {
        var committed = new CommittedAnswer<string>("stored");
        var (result, http) = await FinishAsync(committed, budgetRanOut: true);
        Assert.AreSame(committed, result);
        Assert.IsFalse(http.RequestAborted.IsCancellationRequested, "the answer must be written under the connection's token");
    }

    [TestMethod]
    public async Task WorkNotCommittedIsRefusedWhenTheBudgetRanOut()
    {
        await Assert.ThrowsExactlyAsync<OperationCanceledException>(() => FinishAsync(Results.Ok("computed"), budgetRanOut: true));
    }

    [TestMethod]
    public async Task WorkWithinItsBudgetIsAnsweredUnderTheConnectionsToken()
    {
        var ok = Results.Ok("computed");
        var (result, http) = await FinishAsync(ok, budgetRanOut: false);
        Assert.AreSame(ok, result);
        Assert.IsFalse(http.RequestAborted.IsCancellationRequested);
    }
}
