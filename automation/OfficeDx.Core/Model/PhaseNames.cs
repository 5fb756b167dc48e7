using System.Diagnostics.CodeAnalysis;
using OfficeDx.Core.Text;

namespace OfficeDx.Core.Model;

/// <summary>The Japanese labels of phases and the identifiers used in plan files.</summary>
public static class PhaseNames
{
    private static readonly (Phase Phase, string Id, string Label)[] Names =
    [
        (Phase.None, "none", "なし"),
        (Phase.Preparation, "preparation", "準備・検討"),
        (Phase.Implementation, "implementation", "実施"),
        (Phase.Continuation, "continuation", "継続実施"),
    ];

    public static string Id(this Phase phase) => Names.First(n => n.Phase == phase).Id;

    public static string Label(this Phase phase) => Names.First(n => n.Phase == phase).Label;

    /// <summary>Every accepted spelling, for error messages.</summary>
    public static string Choices => string.Join("、", Names.Select(n => $"{n.Id}（{n.Label}）"));

    /// <summary>Accepts the plan-file identifier or the Japanese label, ignoring width, spaces and the 準備/検討 separator.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Phase phase)
    {
        phase = Phase.None;
        if (text is null) return false;
        var key = JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace().ToLowerInvariant().Replace('･', '・');
        if (key.Length == 0) return true;
        foreach (var (candidate, id, label) in Names)
        {
            if (key == id || key == label || key == label.Replace("・", "") || key == label.Replace('・', '/'))
            {
                phase = candidate;
                return true;
            }
        }
        return false;
    }
}
