using OfficeDx.Documents.Glossary;

namespace OfficeDx.Documents.Tests.Hostile;

/// <summary>
/// A term base whose term, reading or variant is a megabyte of text is refused with each value quoted by its start (fuzz seed 2,
/// `glossary check --terms`: the whole reading was quoted, and printing it took 3 s).
/// </summary>
[TestClass]
public sealed class LongTermValueTests
{
    private static readonly string Megabyte = new('a', 1_000_000);

    [TestMethod]
    public void EveryProblemOfAMegabyteTermQuotesOnlyItsStart()
    {
        var termBase = new TermBase
        {
            Terms =
            [
                new TermBaseEntry { Term = Megabyte, Definition = "解説", Reading = Megabyte },
                new TermBaseEntry { Term = "DX", Definition = "解説", Variants = [Megabyte] },
            ],
        };

        var problems = TermBaseFile.Validate(termBase);

        Assert.HasCount(2, problems);
        foreach (var problem in problems)
        {
            StringAssert.Contains(problem, new string('a', 40) + "…");
            Assert.IsLessThan(300, problem.Length, problem[..Math.Min(problem.Length, 300)]);
        }
    }
}
