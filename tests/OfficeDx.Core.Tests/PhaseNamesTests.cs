using OfficeDx.Core.Model;

namespace OfficeDx.Core.Tests;

/// <summary>Phases are read from plan-file ids or the Japanese labels drafters type, and written back the same way.</summary>
[TestClass]
public sealed class PhaseNamesTests
{
    [TestMethod]
    [DataRow("preparation", Phase.Preparation, DisplayName = "id: preparation")]
    [DataRow("implementation", Phase.Implementation, DisplayName = "id: implementation")]
    [DataRow("continuation", Phase.Continuation, DisplayName = "id: continuation")]
    [DataRow("none", Phase.None, DisplayName = "id: none")]
    [DataRow("準備・検討", Phase.Preparation, DisplayName = "label: 準備・検討")]
    [DataRow("準備検討", Phase.Preparation, DisplayName = "label without separator: 準備検討")]
    [DataRow("準備/検討", Phase.Preparation, DisplayName = "label with slash: 準備/検討")]
    [DataRow("準備／検討", Phase.Preparation, DisplayName = "label with full-width slash: 準備／検討")]
    [DataRow("準備･検討", Phase.Preparation, DisplayName = "label with half-width middle dot: 準備･検討")]
    [DataRow("ｐｒｅｐａｒａｔｉｏｎ", Phase.Preparation, DisplayName = "full-width id: ｐｒｅｐａｒａｔｉｏｎ")]
    [DataRow("Preparation", Phase.Preparation, DisplayName = "capitalised id: Preparation")]
    [DataRow("実施", Phase.Implementation, DisplayName = "label: 実施")]
    [DataRow(" 実施 ", Phase.Implementation, DisplayName = "label with spaces around: ' 実施 '")]
    [DataRow("継続実施", Phase.Continuation, DisplayName = "label: 継続実施")]
    [DataRow("継続\u3000実施", Phase.Continuation, DisplayName = "label with ideographic space: 継続　実施")]
    [DataRow("なし", Phase.None, DisplayName = "label: なし")]
    [DataRow("", Phase.None, DisplayName = "empty means nothing scheduled")]
    [DataRow("\u3000", Phase.None, DisplayName = "only an ideographic space means nothing scheduled")]
    public void Reads_ids_and_Japanese_labels(string text, Phase expected)
    {
        Assert.IsTrue(PhaseNames.TryParse(text, out var phase), $"「{text}」 was not read");
        Assert.AreEqual(expected, phase);
    }

    [TestMethod]
    [DataRow("継続", DisplayName = "継続 alone is not 継続実施")]
    [DataRow("done", DisplayName = "done")]
    [DataRow("検討", DisplayName = "検討 alone is not 準備・検討")]
    [DataRow("実施済み", DisplayName = "実施済み")]
    public void Rejects_unknown_phases(string text)
    {
        Assert.IsFalse(PhaseNames.TryParse(text, out _), $"「{text}」 should be rejected");
    }

    [TestMethod]
    public void Rejects_null()
    {
        Assert.IsFalse(PhaseNames.TryParse(null, out _));
    }

    [TestMethod]
    [DataRow(Phase.None, "none", "なし")]
    [DataRow(Phase.Preparation, "preparation", "準備・検討")]
    [DataRow(Phase.Implementation, "implementation", "実施")]
    [DataRow(Phase.Continuation, "continuation", "継続実施")]
    public void Each_phase_has_an_id_and_a_label_that_read_back_as_itself(Phase phase, string id, string label)
    {
        Assert.AreEqual(id, phase.Id());
        Assert.AreEqual(label, phase.Label());
        Assert.IsTrue(PhaseNames.TryParse(phase.Id(), out var fromId));
        Assert.AreEqual(phase, fromId);
        Assert.IsTrue(PhaseNames.TryParse(phase.Label(), out var fromLabel));
        Assert.AreEqual(phase, fromLabel);
    }

    [TestMethod]
    public void Lists_every_choice_with_its_label_for_error_messages()
    {
        Assert.AreEqual("none（なし）、preparation（準備・検討）、implementation（実施）、continuation（継続実施）", PhaseNames.Choices);
    }
}
