namespace OfficeDx.Core.Text;

/// <summary>
/// A value quoted in a message, cut to its start: enough to recognise it, while a hostile megabyte-long name or wording would
/// make the message unreadable and take seconds to print.
/// </summary>
public static class ShortQuote
{
    public static string Of(string text, int length = 40) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length), "…");
}
