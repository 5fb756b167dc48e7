using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OfficeDx.Core.Json;
using OfficeDx.Core.Text;
using OfficeDx.Core.Time;
using OfficeDx.Documents.Import;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Tests.Importing;

/// <summary>
/// Finds the source text an import lost: a piece of a line (a paragraph, or a cell or &lt;p&gt;/&lt;li&gt; fragment of a table row)
/// counts as kept when, with whitespace, tags and Markdown marks removed, it appears in a string of the imported plan or in a
/// message of the report. The only pieces allowed elsewhere are what the structure consumes: the profile's row labels, fiscal
/// years and schedule marks (whose meaning is in the plan's fields, phases and years).
/// </summary>
internal static partial class SourceCoverage
{
    /// <summary>The source lines with a piece found neither in the plan nor in the report.</summary>
    public static IReadOnlyList<string> Lost(IEnumerable<string> sourceLines, ImportResult result)
    {
        var haystack = Haystack(result);
        var profile = result.Profile;
        var structure = profile.Rows.SelectMany(r => r.Synonyms.Append(r.Label)).Append(profile.AddedDivider).Append(profile.CompletedHeading)
            .Select(Label).ToHashSet(StringComparer.Ordinal);
        var lost = new List<string>();
        foreach (var line in sourceLines)
        {
            if (line.Trim().Length == 0 || Cover(line, result.Plan)) continue;
            var pieces = line.Contains('\t') ? line.Split('\t').SelectMany(Fragments).SelectMany(CellParts) : LineParts(line);
            if (pieces.Where(p => Normalise(p).Length > 0).Any(p => !Kept(p, haystack, result, structure)))
                lost.Add(line.Trim());
        }
        return lost;
    }

    /// <summary>
    /// A piece is kept when it is in the plan or the report as typed, or is structure, or when each of its list items (①…②…,
    /// (1) … (2) …, 1. …, ○ …) is; a KPI value with its year (1,200件（R4）) when the value is; an indicator sentence
    /// (…を令和8年度までに120件にする) when an indicator of the plan has its name and its targets.
    /// </summary>
    private static bool Kept(string piece, string haystack, ImportResult result, HashSet<string> structure)
    {
        bool Found(string text) => Normalise(text) is var n && (n.Length == 0 || haystack.Contains(n, StringComparison.Ordinal) || Structure(n, structure) || KpiHeading(n, result.Profile));
        if (Found(piece)) return true;
        var items = ListMarkerPattern().Split(piece).Where(i => Normalise(i).Length > 0).ToArray();
        if (items.Length > 0 && items.Length < piece.Length && items.All(Found)) return true;
        if (ValueYearPattern().Match(piece) is { Success: true } valueYear && Found(valueYear.Groups["value"].Value)) return true;
        var sentence = Normalise(piece);
        return result.Plan.AllMeasures().SelectMany(m => m.Indicators).Any(i => i.Targets.Count > 0 && Normalise(i.Name) is { Length: > 0 } name
            && sentence.StartsWith(name, StringComparison.Ordinal) && i.Targets.All(t => sentence.Contains(Normalise(t.Value), StringComparison.Ordinal)));
    }

    /// <summary>A KPI table heading: the indicator column's name (指標, 指標名) or a baseline/target/actual word, with or without its year (現状値（令和3年度）).</summary>
    private static bool KpiHeading(string piece, Profile profile)
    {
        var words = profile.Indicators.BaselineWords.Concat(profile.Indicators.TargetWords).Concat(profile.Indicators.ActualWords)
            .Append(profile.Indicators.NameHeader).Append(profile.Indicators.NameHeader + "名").Select(Normalise);
        var word = BracketedYearPattern().Replace(piece, "");
        return words.Contains(word, StringComparer.Ordinal) && (word == piece || FiscalYear.TryParse(piece[word.Length..].Trim('（', '）', '(', ')'), out _));
    }

    /// <summary>A cell holds several departments (、), bullets typed on one line (「 ・」) or a revision note after a space (「 ※」): each is kept on its own.</summary>
    private static IEnumerable<string> CellParts(string cell) => CellSplitPattern().Split(cell);

    /// <summary>A footnote's *N, the … between a term and its definition and a printed reading (アイオーティ) separate what the glossary keeps apart.</summary>
    private static IEnumerable<string> LineParts(string line) => LineSplitPattern().Split(FootnotePattern().Replace(line, ""));

    /// <summary>
    /// The cover's lines are in the plan's fields rather than its text: the title with its draft stage (the stage is in the
    /// edition), and a short line holding only the plan period (its first and last fiscal years).
    /// </summary>
    private static bool Cover(string line, Core.Model.Plan plan)
    {
        var text = Normalise(line);
        // The draft stage and the dates of the cover are the edition (a month left blank, 令和4年 月, is dropped).
        if (line.Trim().Length <= 40 && plan.Edition is { } printed && text.Replace("年月", "年").Trim('（', '）', '(', ')') is { Length: > 0 } part
            && Normalise(printed).Contains(part, StringComparison.Ordinal)) return true;
        if (plan.Title.Length > 0 && text.StartsWith(Normalise(plan.Title), StringComparison.Ordinal))
        {
            var rest = text[Normalise(plan.Title).Length..].Trim('（', '）', '(', ')');
            return rest.Length == 0 || (plan.Edition is { } edition && Normalise(edition).Contains(rest, StringComparison.Ordinal));
        }
        return line.Trim().Length <= 40 && !line.Contains('。') && plan.Period.From is { } from && plan.Period.To is { } to
            && Names(text, from.StartYear) && Names(text, to.StartYear);
    }

    /// <summary>The text names the fiscal year in any of the styles a profile writes (2023, 令和5年度, R5…).</summary>
    private static bool Names(string text, int year) =>
        Enum.GetValues<FiscalYearStyle>().Select(style => Normalise(new FiscalYear(year).Format(style)))
            .Append(year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Any(name => text.Contains(name, StringComparison.Ordinal));

    /// <summary>Every string of the plan (and each number joined to its name or title, as the source prints them) and every report message, normalised.</summary>
    private static string Haystack(ImportResult result)
    {
        var builder = new StringBuilder();
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    builder.Append(Normalise(element.GetString()!)).Append('\u0001');
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray()) Walk(item);
                    break;
                case JsonValueKind.Object:
                    if (element.TryGetProperty("number", out var number) && number.ValueKind == JsonValueKind.String)
                        foreach (var key in new[] { "name", "title" })
                            if (element.TryGetProperty(key, out var name) && name.ValueKind == JsonValueKind.String)
                                builder.Append(Normalise(number.GetString() + name.GetString())).Append('\u0001');
                    foreach (var property in element.EnumerateObject()) Walk(property.Value);
                    break;
            }
        }
        using (var json = JsonDocument.Parse(PlanJson.Serialize(result.Plan))) Walk(json.RootElement);
        foreach (var problem in result.Unplaced) builder.Append(Normalise(problem.Place)).Append('\u0001').Append(Normalise(problem.Message)).Append('\u0001');
        return builder.ToString();
    }

    /// <summary>A row label, the added-measures divider, the completed-measures heading, a fiscal year or a schedule mark alone.</summary>
    private static bool Structure(string piece, HashSet<string> structure) =>
        structure.Contains(Label(piece))
        || FiscalYear.TryParse(piece, out _)
        || SchedulePattern().Replace(piece, "") is var mark && ScheduleTextReader.Read(mark) is { Caption: null, Phase: not Core.Model.Phase.None };

    private static string Label(string text) => Normalise(text).TrimStart('④', '▼', '▽', '◆', '■', '●', '◇', '□').Replace("<", "").Replace(">", "").Replace("＜", "").Replace("＞", "").Replace("〈", "").Replace("〉", "");

    private static IEnumerable<string> Fragments(string cell)
    {
        var parts = FragmentPattern().Matches(cell).Select(m => m.Groups["text"].Value).ToArray();
        return parts.Length > 0 ? parts : [cell];
    }

    /// <summary>Whitespace, tags, Markdown marks, bullets and the width of digits and Latin letters do not count.</summary>
    public static string Normalise(string text)
    {
        var plain = TagPattern().Replace(text, "").Replace("**", "");
        plain = MarkdownPattern().Replace(plain, "");
        return JapaneseText.FoldDigitsAndLatin(plain).RemoveWhitespace().TrimStart('・', '･', '•', '-');
    }

    [GeneratedRegex(@"<(?:p|li)>(?<text>.*?)</(?:p|li)>")]
    private static partial Regex FragmentPattern();

    [GeneratedRegex(@"</?[a-z]+(?:\s[^>]*)?>|\^\{|\}")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"^\s*#+")]
    private static partial Regex MarkdownPattern();

    /// <summary>A fiscal year typed before a phase mark in one cell (令和3年度 -----&gt;).</summary>
    [GeneratedRegex(@"^(?:令和|平成|R|H)?[0-9元]{1,4}年度")]
    private static partial Regex SchedulePattern();

    [GeneratedRegex(@"、|，|,|\s+(?=・)|\s+(?=※)")]
    private static partial Regex CellSplitPattern();

    [GeneratedRegex(@"…|[（(][ぁ-んァ-ヶー・]+[）)]")]
    private static partial Regex LineSplitPattern();

    [GeneratedRegex(@"^\s*[*※][0-9]+\s*")]
    private static partial Regex FootnotePattern();

    /// <summary>A list item's marker: circled numbers anywhere, (1) or 1. at the start or after a space, ○ or ・.</summary>
    [GeneratedRegex(@"[①-⑳]|(?:^|(?<=\s))(?:[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．](?![0-9０-９]))|[○◯・]")]
    private static partial Regex ListMarkerPattern();

    /// <summary>A value followed by its fiscal year in brackets: 1,200件（R4）, 31手続（令和4年度）.</summary>
    [GeneratedRegex(@"^(?<value>.+?)\s*[（(]\s*(?:令和|平成|R|H)?\s*[0-9０-９元]{1,4}\s*(?:年度)?\s*[)）]\s*$")]
    private static partial Regex ValueYearPattern();

    [GeneratedRegex(@"[（(].*[)）]$")]
    private static partial Regex BracketedYearPattern();
}
