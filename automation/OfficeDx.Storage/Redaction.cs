using System.Text.RegularExpressions;

namespace OfficeDx.Storage;

/// <summary>
/// Removes what must never reach a log, an error message or the store: query strings of URLs (pre-authenticated download
/// links carry a token there), bearer tokens, and passwords or secrets written as key=value.
/// </summary>
public static partial class Redaction
{
    public const string Mask = "***";

    public static string Redact(string text)
    {
        text = UrlQuery().Replace(text, m => m.Groups["url"].Value + "?" + Mask);
        text = Bearer().Replace(text, "Bearer " + Mask);
        return KeyValueSecret().Replace(text, m => m.Groups["key"].Value + "=" + Mask);
    }

    [GeneratedRegex(@"(?<url>https?://[^\s?#""'<>]+)\?[^\s""'<>]*", RegexOptions.IgnoreCase)]
    private static partial Regex UrlQuery();

    [GeneratedRegex(@"Bearer\s+[A-Za-z0-9\-._~+/=]+", RegexOptions.IgnoreCase)]
    private static partial Regex Bearer();

    [GeneratedRegex(@"(?<key>password|pwd|secret|client_secret|access_token|token|sig|tempauth)\s*=\s*[^;&\s]+", RegexOptions.IgnoreCase)]
    private static partial Regex KeyValueSecret();
}
