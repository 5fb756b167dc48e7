namespace OfficeDx.Documents.Profiles;

/// <summary>A profile that is missing or has a mistake; the message names the key.</summary>
public sealed class ProfileException(string source, string message) : Exception($"プロファイル {source}: {message}");
