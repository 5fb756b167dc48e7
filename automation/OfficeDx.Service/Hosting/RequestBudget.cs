using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace OfficeDx.Service.Hosting;

/// <summary>
/// A request's time budget as a deadline on the clock, beside the budget's timer: the timer's callback waits for a free thread, so on
/// a busy server it can fire long after the deadline, and work finished past the deadline is still answered 503 as promised.
/// </summary>
public static class RequestBudget
{
    private static readonly object DeadlineKey = new();

    /// <summary>The Japanese detail of the 503 a request past its budget gets.</summary>
    public static string ExceededDetail(TimeSpan budget) =>
        $"処理が {budget.TotalSeconds:0} 秒以内に終わらなかったため打ち切りました。文書や様式が大きすぎないか確かめて、もう一度送ってください。";

    /// <summary>Starts the clock of <paramref name="context"/>'s budget (called just before the budget's timer starts).</summary>
    public static void Start(HttpContext context, TimeSpan budget) =>
        context.Items[DeadlineKey] = Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency);

    /// <summary>Whether the clock of <paramref name="context"/>'s budget has run past its deadline.</summary>
    public static bool IsSpent(HttpContext context) =>
        context.Items.TryGetValue(DeadlineKey, out var deadline) && deadline is long ticks && Stopwatch.GetTimestamp() > ticks;
}
