namespace OfficeDx.Cli;

/// <summary>A command line that parses but asks for something officedx will not do as written (exit 2, the message in Japanese).</summary>
public sealed class CommandLineUsageException(string message) : Exception(message);
