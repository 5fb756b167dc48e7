namespace OfficeDx.Fuzz.Running;

/// <summary>How an entry point answered one input.</summary>
public enum Outcome
{
    /// <summary>Exit 0/1 or HTTP 2xx: the input was read (problems found count as read).</summary>
    Accepted,
    /// <summary>Exit 2 or HTTP 4xx with a Japanese message: bad input, refused as it should be.</summary>
    Refused,
    /// <summary>Exit 70, HTTP 5xx, a crash, an unhandled exception, an English or empty refusal, or memory over the limit.</summary>
    Bug,
    /// <summary>Not finished within the input's wall-time budget.</summary>
    Timeout,
}

/// <summary>The outcome of one input at one entry point, and a short reason (the message, the status, the exception).</summary>
public sealed record Verdict(Outcome Outcome, string Detail)
{
    public static Verdict Accepted(string detail) => new(Outcome.Accepted, detail);
    public static Verdict Refused(string detail) => new(Outcome.Refused, detail);
    public static Verdict Bug(string detail) => new(Outcome.Bug, detail);
}
