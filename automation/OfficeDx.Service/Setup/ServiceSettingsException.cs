namespace OfficeDx.Service.Setup;

/// <summary>The service's settings are wrong: each failure is a Japanese sentence naming its setting. `officedx serve` exits 2 on it.</summary>
public sealed class ServiceSettingsException(IReadOnlyList<string> failures)
    : Exception(string.Join(Environment.NewLine, failures))
{
    public IReadOnlyList<string> Failures { get; } = failures;
}
