namespace OfficeDx.SharePoint;

/// <summary>SharePoint cannot be reached as configured; the message is plain Japanese and never holds a secret.</summary>
public sealed class SharePointException(string message, Exception? inner = null) : Exception(message, inner);
