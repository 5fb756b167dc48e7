using System.Text;
using OfficeDx.Fuzz.Mutators;

namespace OfficeDx.Fuzz.Tests;

/// <summary>
/// A repeat mutation makes inputs past every entry point's limit but never more than the fuzzer can hold: in the ninth long run,
/// 2,631 copies of a 33 KB table (an 87 MB fragment) ran the fuzzer's own worker out of memory while it built the request (#96003).
/// </summary>
[TestClass]
public sealed class RepeatBudgetTests
{
    [TestMethod]
    public void ThousandsOfCopiesOfATableAddAtMostTheBudget()
    {
        var copies = RepeatBudget.Copies(2_631, 33_000);

        Assert.IsLessThanOrEqualTo(RepeatBudget.MaxAddedBytes, copies * 33_000L);
        Assert.IsGreaterThan(10L * 1024 * 1024, copies * 33_000L, "still past the service's 10 MB body limit");
    }

    [TestMethod]
    public void ASmallElementGetsEveryCopyDrawn() => Assert.AreEqual(3_000, RepeatBudget.Copies(3_000, 100));

    [TestMethod]
    public void AnElementLargerThanTheBudgetIsStillRepeatedTwice() => Assert.AreEqual(2, RepeatBudget.Copies(500, RepeatBudget.MaxAddedBytes * 2));

    [TestMethod]
    public void NoXmlMutationOfAFragmentWithOneLargeElementGrowsItPastTheBudget()
    {
        var large = new string('施', 70_000); // 210 KB in UTF-8, about the size of a seed's longest table
        var xml = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><root><w>{large}</w></root>";
        var seedBytes = Encoding.UTF8.GetByteCount(xml);
        var repeatedPastTheServiceLimit = 0;

        for (var seed = 0; seed < 400; seed++)
        {
            var (mutated, mutation) = XmlMutator.Mutate(xml, "flat-opc", new Random(seed));
            var bytes = Encoding.UTF8.GetByteCount(mutated);
            // The budget, plus room for the other mutations' own sizes (a 1,000,000-character text, 100,000 levels of nesting).
            Assert.IsLessThanOrEqualTo(seedBytes + RepeatBudget.MaxAddedBytes + 8L * 1024 * 1024, bytes, mutation);
            if (mutation.StartsWith("repeat-element", StringComparison.Ordinal) && bytes > 10L * 1024 * 1024) repeatedPastTheServiceLimit++;
        }

        Assert.IsGreaterThan(0, repeatedPastTheServiceLimit, "some repeats still make a fragment past the service's 10 MB limit");
    }
}
