using System.Text;
using System.Text.RegularExpressions;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Glossary;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Turns a term as PDF extraction spelled it (I C T, W e b 会議, 行政手続のオンライ ン化) and its definition lines into a
/// glossary term: spaces the extraction put between letters are dropped, the printed spelling is kept as a variant, and the
/// expansion of an abbreviation is read from its definition (Robotic Process Automation の略).
/// </summary>
internal static partial class GlossaryTermText
{
    public static GlossaryTerm Build(string spelling, string? reading, IEnumerable<string> definitionLines, int? marker)
    {
        var printed = Tidy(spelling);
        var term = Canonical(spelling);
        var definition = string.Join("\n", definitionLines.Select(Tidy).Where(l => l.Length > 0));
        reading ??= ReadingInDefinition(definition);
        return new GlossaryTerm
        {
            Term = term,
            Reading = reading,
            Expansion = Expansion(definition),
            Definition = definition,
            Variants = printed != term ? [printed] : [],
            Marker = marker,
        };
    }

    /// <summary>Drops the spaces extraction put between Japanese characters and after 。、; keeps spaces between Latin words.</summary>
    public static string Tidy(string text)
    {
        var s = text.Trim();
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c is ' ' or '\u3000' && i > 0 && i + 1 < s.Length)
            {
                var before = s[i - 1];
                var after = s[i + 1];
                if (before is '。' or '、' || (!char.IsAscii(before) && !char.IsAscii(after) && after is not (' ' or '\u3000'))) continue;
                if (before is ' ' or '\u3000') continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>
    /// The term as the glossary writes it: letters spaced out by extraction are joined (I C T → ICT, W e b 会議 → Web会議);
    /// a space is kept only between two Latin words of two or more letters each.
    /// </summary>
    public static string Canonical(string spelling)
    {
        var parts = Tidy(spelling).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return "";
        var result = new StringBuilder(parts[0]);
        foreach (var part in parts.Skip(1))
        {
            var trailing = TrailingWordPattern().Match(result.ToString()).Value;
            var leading = LeadingWordPattern().Match(part).Value;
            if (trailing.Length >= 2 && leading.Length >= 2) result.Append(' ');
            result.Append(part);
        }
        return result.ToString();
    }

    /// <summary>The words before の略 when a definition starts with them (Internet of Things の略 → Internet of Things).</summary>
    public static string? Expansion(string definition) =>
        ExpansionPattern().Match(definition) is { Success: true } m ? m.Groups["words"].Value.Trim() : null;

    /// <summary>A reading given in the definition right after the expansion: 「Mobility as a Service の略。マースという。」.</summary>
    private static string? ReadingInDefinition(string definition) =>
        SaidAsPattern().Match(definition) is { Success: true } m && Kana.IsReading(m.Groups["reading"].Value) ? m.Groups["reading"].Value : null;

    [GeneratedRegex(@"[A-Za-z0-9]+$")]
    private static partial Regex TrailingWordPattern();

    [GeneratedRegex(@"^[A-Za-z0-9]+")]
    private static partial Regex LeadingWordPattern();

    [GeneratedRegex(@"^(?<words>[A-Za-z0-9][A-Za-z0-9 /\-]+?)(?: ?[（(][^）)]*[）)])? ?の略")]
    private static partial Regex ExpansionPattern();

    [GeneratedRegex(@"^[^。\n]*の略。(?<reading>[ぁ-んァ-ヶー・]+)という。")]
    private static partial Regex SaidAsPattern();
}
