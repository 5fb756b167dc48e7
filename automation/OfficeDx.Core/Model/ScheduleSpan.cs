using OfficeDx.Core.Time;

namespace OfficeDx.Core.Model;

/// <summary>One labelled bar of a 工程表: the fiscal years it spans (both ends included), its phase if any, and the text on it.</summary>
public sealed record ScheduleSpan
{
    public FiscalYear From { get; init; }
    public FiscalYear To { get; init; }
    /// <summary>The phase the bar stands for; <see cref="Phase.None"/> for a bar that only carries text (システム選定・調達).</summary>
    public Phase Phase { get; init; }
    /// <summary>The text written on the bar; paragraphs separated by line feeds; may be empty when the phase says it all.</summary>
    public string Text { get; init; } = "";

    public int Length => To.StartYear - From.StartYear + 1;

    public bool Covers(FiscalYear year) => year >= From && year <= To;
}
