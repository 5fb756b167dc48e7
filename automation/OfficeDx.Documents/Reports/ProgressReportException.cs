namespace OfficeDx.Documents.Reports;

/// <summary>A report that cannot be made from what was asked (a year outside the plan's period); the message is plain Japanese.</summary>
public sealed class ProgressReportException(string message) : Exception(message);
