using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using OfficeDx.Service.Endpoints;
using OfficeDx.Service.Hosting;
using OfficeDx.Service.Problems;

namespace OfficeDx.Service.Tests;

/// <summary>
/// What the end of an API call does when its budget ran out while the work was finishing: committed work is answered, anything
/// else is refused with the budget's 503 (the timeouts middleware answers the OperationCanceledException) — also when the budget's
/// deadline has passed but its timer has not fired yet (its callback waits for a free thread on a busy server).
/// </summary>
[TestClass]
public sealed class FinishedWorkIsAnsweredTests
{
    private static readonly TimeSpan Ample = TimeSpan.FromMinutes(10);

    private static async Task<(object? Result, HttpContext Http)> FinishAsync(object? result, bool budgetRanOut, TimeSpan? budget = null, bool timed = true)
    {
        var http = new DefaultHttpContext();
        var timeout = new BudgetTimer();
        if (timed) http.Features.Set<IHttpRequestTimeoutFeature>(timeout);
        object? answered = null;
        var boundary = new BudgetBoundary(async context =>
        {
            // The budget's token is linked to the connection's; here its timer has fired (or not) as the work returns.
            context.RequestAborted = budgetRanOut ? new CancellationToken(canceled: true) : CancellationToken.None;
            answered = await new FinishedWorkIsAnswered(budget ?? Ample).InvokeAsync(EndpointFilterInvocationContext.Create(context), async _ =>
            {
                await Task.Delay(5); // the work takes a while: past a zero budget's deadline
                return result;
            });
        }, budget ?? Ample);
        await boundary.InvokeAsync(http);
        Assert.AreEqual(timed, timeout.Disabled, "the budget's timer is stopped once the work is done");
        return (answered, http);
    }

    /// <summary>The timeouts middleware's feature, as far as the filter uses it.</summary>
    private sealed class BudgetTimer : IHttpRequestTimeoutFeature
    {
        public bool Disabled { get; private set; }

        public CancellationToken RequestTimeoutToken => CancellationToken.None;

        public void DisableTimeout() => Disabled = true;
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

    [TestMethod]
    public async Task WorkEndingPastTheDeadlineIsRefused503EvenBeforeTheBudgetsTimerFires()
    {
        var refusal = await Assert.ThrowsExactlyAsync<ApiProblem>(() => FinishAsync(Results.Ok("computed"), budgetRanOut: false, budget: TimeSpan.Zero));
        Assert.AreEqual(StatusCodes.Status503ServiceUnavailable, refusal.Status);
        StringAssert.Contains(refusal.Detail, "打ち切りました");
    }

    [TestMethod]
    public async Task AStoredSubmissionPastTheDeadlineIsStillAnswered()
    {
        var committed = new CommittedAnswer<string>("stored");
        var (result, _) = await FinishAsync(committed, budgetRanOut: false, budget: TimeSpan.Zero);
        Assert.AreSame(committed, result);
    }

    [TestMethod]
    public async Task ARequestWithNoBudgetIsAnsweredHoweverLongItsWorkTook()
    {
        var ok = Results.Ok("computed");
        var (result, _) = await FinishAsync(ok, budgetRanOut: false, budget: TimeSpan.Zero, timed: false);
        Assert.AreSame(ok, result);
    }
}
