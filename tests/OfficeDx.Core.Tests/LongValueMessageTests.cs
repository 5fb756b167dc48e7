using System.Text.Json;
using OfficeDx.Core.Json;
using OfficeDx.Core.Tests.Support;
using OfficeDx.Core.Text;

namespace OfficeDx.Core.Tests;

/// <summary>
/// A plan file whose phase, state or year is a megabyte of text is refused with the value quoted by its start (fuzz seed 1 #43 and
/// #5712: the whole value was quoted, and printing it took seconds).
/// </summary>
[TestClass]
public sealed class LongValueMessageTests
{
    private static readonly string Megabyte = new('a', 1_000_000);

    [TestMethod]
    [DataRow("phase", "不明なフェーズ")]
    [DataRow("state", "は使えません")]
    [DataRow("fiscalYear", "年度として読み取れません")]
    public void AMegabyteValueIsRefusedQuotingOnlyItsStart(string member, string wording)
    {
        var json = File.ReadAllText(RepositoryFiles.SamplePlan("akita"));
        var hostile = member switch
        {
            "phase" => ReplaceFirst(json, "\"phase\": \"continuation\"", $"\"phase\": \"{Megabyte}\""),
            "state" => ReplaceFirst(json, "\"state\": \"active\"", $"\"state\": \"{Megabyte}\""),
            _ => ReplaceFirst(json, "\"fiscalYear\": ", $"\"fiscalYear\": \"{Megabyte}\", \"unused\": "),
        };

        var refusal = Assert.ThrowsExactly<JsonException>(() => PlanJson.Deserialize(hostile));

        StringAssert.Contains(refusal.Message, wording);
        StringAssert.Contains(refusal.Message, new string('a', 40) + "…");
        Assert.IsLessThan(400, refusal.Message.Length, ShortQuote.Of(refusal.Message, 200));
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, at, $"the sample has no {find}");
        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
