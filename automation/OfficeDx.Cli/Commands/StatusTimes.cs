using System.Globalization;
using Humanizer;

namespace OfficeDx.Cli.Commands;

/// <summary>How <c>officedx status</c> words a run's times with Humanizer: when it started, relative to now, and how long it took, in the culture's language.</summary>
public static class StatusTimes
{
    /// <summary>The start of a run relative to <paramref name="now"/> ("2 hours ago", Japanese under ja-JP).</summary>
    public static string Started(DateTimeOffset startedAt, DateTimeOffset now, CultureInfo culture) =>
        InCulture(culture, () => startedAt.Humanize(now, culture));

    /// <summary>How long a run took, to two units down to milliseconds; "-" for a run that never finished.</summary>
    public static string Duration(DateTimeOffset startedAt, DateTimeOffset? finishedAt, CultureInfo culture) =>
        finishedAt is { } end ? InCulture(culture, () => (end - startedAt).Humanize(2, culture, minUnit: TimeUnit.Millisecond)) : "-";

    /// <summary>Humanizer reads some resources for the UI culture; make it match the culture the times are written in.</summary>
    private static string InCulture(CultureInfo culture, Func<string> format)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return format();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
