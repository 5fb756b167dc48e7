namespace OfficeDx.Storage;

/// <summary>The store cannot be opened or used; the message is plain Japanese and never holds a password.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);
