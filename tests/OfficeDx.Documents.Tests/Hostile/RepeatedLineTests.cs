using OfficeDx.Documents.Import;

namespace OfficeDx.Documents.Tests.Hostile;

/// <summary>
/// A text whose unfinished line (no 。 at its end) is repeated thousands of times is read in memory linear in its length: the
/// outline, the notes of a cell and the glossaries joined such lines by concatenation, quadratic in their number (fuzz run 7, seed 3,
/// #15787: Akita's outline with one line ×4,780, 0.8 MB of text, allocated 1.4 GB and took 7.5 s).
/// </summary>
[TestClass]
public sealed class RepeatedLineTests
{
    private const string UnfinishedLine = "地域の環境特性を踏まえたライフスタイルの創造、環境関連技術を活力とした地域活性化に寄与する情報発信や参加促進 等";

    /// <summary>The fuzzer's seed: the first 200 lines of Akita's outline, which end inside its chapter of measures.</summary>
    private static string AkitaOutline() =>
        string.Join("\n", File.ReadAllText(RepositoryFiles.Seed("akita-plan-v2-outline-2023.txt")).ReplaceLineEndings("\n").Split('\n').Take(200));

    /// <summary>What the import allocated on every thread (the outline profiles are tried in parallel), so the test runs alone.</summary>
    private static (ImportResult Result, long Allocated) Import(string text)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = PlanTextImporter.Import(text, "akita-outline.txt");
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }

    [TestMethod]
    [DoNotParallelize]
    public void AnUnfinishedOutlineLineRepeatedThousandsOfTimesIsReadInMemoryLinearInItsLength()
    {
        var outline = AkitaOutline();
        Assert.Contains(UnfinishedLine + "\n", outline, "the seed no longer has the line the fuzzer repeated");
        var repeated = outline.Replace(UnfinishedLine + "\n", string.Concat(Enumerable.Repeat(UnfinishedLine + "\n", 4_781)));

        var (plain, plainAllocated) = Import(outline);
        var (hostile, hostileAllocated) = Import(repeated);

        // 0.8 MB of text more: a linear reader allocates some tens of megabytes more, the quadratic one 1.4 GB.
        Assert.IsLessThan(plainAllocated + 200_000_000, hostileAllocated, $"{hostileAllocated:N0} bytes allocated against {plainAllocated:N0}");
        Assert.AreEqual(plain.Plan.AllMeasures().Count(), hostile.Plan.AllMeasures().Count());
    }
}
