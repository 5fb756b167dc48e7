namespace OfficeDx.Storage.Harvesting;

/// <summary>
/// A source could not answer after its retries (network down, throttled too long, access denied). The message is plain
/// Japanese with secrets removed; <see cref="Transient"/> says whether trying again later may succeed.
/// </summary>
public sealed class SourceUnavailableException(string message, bool transient, Exception? inner = null) : Exception(message, inner)
{
    public bool Transient { get; } = transient;
}
