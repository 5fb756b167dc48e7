using System.Collections.Frozen;
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
        // A harvest reads a phase per year per measure, nearly always written exactly as a spelling: looked up before normalizing.
        if (Spellings.TryGetValue(text, out phase)) return true;
        var key = Normalized(text);
        if (key.Length == 0)
        {
            phase = Phase.None;
            return true;
        }
        return Spellings.TryGetValue(key, out phase);
    }

    private static string Normalized(string text) => JapaneseText.FoldDigitsAndLatin(text).RemoveWhitespace().ToLowerInvariant().Replace('･', '・');

    /// <summary>Each accepted spelling of a normalized phase, the first phase's winning; only spellings that normalize to themselves.</summary>
    private static readonly FrozenDictionary<string, Phase> Spellings = CreateSpellings();

    private static FrozenDictionary<string, Phase> CreateSpellings()
    {
        var spellings = new Dictionary<string, Phase>(StringComparer.Ordinal);
        foreach (var (phase, id, label) in Names)
            foreach (var spelling in new[] { id, label, label.Replace("・", ""), label.Replace('・', '/') })
                if (Normalized(spelling) == spelling) spellings.TryAdd(spelling, phase);
        return spellings.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
