using System.Globalization;
using OfficeDx.Cli.Commands;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// The times `officedx status` shows, from a fixed clock: Humanizer's Japanese under ja-JP, English under the invariant
/// culture. The expected strings are Humanizer's own wording (its ja resources), not rebuilt from the implementation.
/// </summary>
[TestClass]
public sealed class StatusTimesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private static readonly CultureInfo Japanese = CultureInfo.GetCultureInfo("ja-JP");

    [TestMethod]
    [DataRow(2 * 60, "2 時間前")]
    [DataRow(24 * 60, "昨日")]
    [DataRow(3 * 24 * 60, "3 日前")]
    [DataRow(5, "5 分前")]
    public void UnderJaJpTheStartIsJapaneseRelativeToNow(int minutesAgo, string expected) =>
        Assert.AreEqual(expected, StatusTimes.Started(Now.AddMinutes(-minutesAgo), Now, Japanese));

    [TestMethod]
    [DataRow(2 * 60, "2 hours ago")]
    [DataRow(24 * 60, "yesterday")]
    [DataRow(3 * 24 * 60, "3 days ago")]
    [DataRow(5, "5 minutes ago")]
    public void UnderTheInvariantCultureTheStartIsEnglish(int minutesAgo, string expected) =>
        Assert.AreEqual(expected, StatusTimes.Started(Now.AddMinutes(-minutesAgo), Now, CultureInfo.InvariantCulture));

    [TestMethod]
    public void TheDurationIsTwoUnitsDownToMillisecondsInTheCulturesLanguage()
    {
        var started = Now.AddMinutes(-10);
        Assert.AreEqual("1 秒, 500 ミリ秒", StatusTimes.Duration(started, started.AddMilliseconds(1500), Japanese));
        Assert.AreEqual("2 分, 5 秒", StatusTimes.Duration(started, started.AddSeconds(125), Japanese));
        Assert.AreEqual("1 second, 500 milliseconds", StatusTimes.Duration(started, started.AddMilliseconds(1500), CultureInfo.InvariantCulture));
        Assert.AreEqual("2 minutes, 5 seconds", StatusTimes.Duration(started, started.AddSeconds(125), CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void ARunThatNeverFinishedHasNoDuration() => Assert.AreEqual("-", StatusTimes.Duration(Now, null, Japanese));

    [TestMethod]
    public void TheCallersUiCultureIsLeftAsItWas()
    {
        var before = CultureInfo.CurrentUICulture;
        StatusTimes.Started(Now.AddHours(-2), Now, Japanese);
        Assert.AreEqual(before, CultureInfo.CurrentUICulture);
    }
}
