using OfficeDx.Core.Model;
using OfficeDx.Documents.Import;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>What a person typed in a schedule cell becomes a phase, keeping any free text as the caption.</summary>
[TestClass]
public sealed class ScheduleTextReaderTests
{
    [TestMethod]
    [DataRow("継続実施", Phase.Continuation, null)]
    [DataRow("準備・検討", Phase.Preparation, null)]
    [DataRow("○", Phase.Implementation, null)]
    [DataRow("----->", Phase.Preparation, null)]
    [DataRow("————>", Phase.Continuation, null)]
    [DataRow("→", Phase.Continuation, null)]
    [DataRow("調査・検討", Phase.Preparation, "調査・検討")]
    [DataRow("R 6 当初予算要求", Phase.Preparation, "R 6 当初予算要求")]
    [DataRow("システム導入 運用開始", Phase.Implementation, "システム導入 運用開始")]
    [DataRow("一部実施", Phase.Implementation, "一部実施")]
    [DataRow("", Phase.None, null)]
    public void ReadsATypedScheduleCell(string text, Phase phase, string? caption) =>
        Assert.AreEqual((phase, caption), ScheduleTextReader.Read(text));
}
