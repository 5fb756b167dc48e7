using System.Text.RegularExpressions;
using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// An indicator written as a sentence with its target: 「オンラインで申請できる手続を令和7年度までに100件にする」 → indicator
/// オンラインで申請できる手続, target 100件 in FY2025. The ending is one of indicators.targetEndings; the year is the one written
/// (…年度まで(に)), else the plan's last year (reported as a guess). A sentence without a number before the ending is a plain name.
/// </summary>
internal static partial class IndicatorSentence
{
    public static Indicator Read(string line, IndicatorSetup setup, PlanPeriod? period, out bool yearGuessed)
    {
        yearGuessed = false;
        var text = line.Trim().TrimEnd('。');
        var ending = setup.TargetEndings.Where(e => e.Length > 0 && text.EndsWith(e, StringComparison.Ordinal)).OrderByDescending(e => e.Length).FirstOrDefault();
        if (ending is null) return new Indicator { Name = line.Trim() };
        var body = text[..^ending.Length];
        var value = ValuePattern().Match(body);
        if (!value.Success) return new Indicator { Name = line.Trim() };
        var before = body[..value.Index];
        var name = before;
        var year = KpiTableReader.YearIn(before);
        if (year is not null) name = YearPhrase().Replace(before, "");
        name = name.Trim().TrimEnd('、', '，', ',').Trim();
        if (name.EndsWith('を')) name = name[..^1];
        else if (name.EndsWith("について", StringComparison.Ordinal)) name = name[..^4];
        if (name.Length == 0) return new Indicator { Name = line.Trim() };
        if (year is null)
        {
            if (period is null) return new Indicator { Name = line.Trim() };
            year = period.To;
            yearGuessed = true;
        }
        return new Indicator { Name = name, Targets = [new IndicatorValue { FiscalYear = year.Value, Value = value.Value.Trim() }] };
    }

    /// <summary>The target: a number with an optional unit of a few characters, at the end of the sentence body.</summary>
    [GeneratedRegex(@"(?:年間|累計|月間|毎年|年)?(?<![0-9０-９.．,，])[0-9０-９][0-9０-９,，.．]*\s*[^\s、。を0-9０-９]{0,6}$")]
    private static partial Regex ValuePattern();

    [GeneratedRegex(@"(?:令和|平成|[RＲHＨ])\s*[0-9０-９元]{1,2}\s*(?:[（(][0-9０-９]{4}[）)])?\s*年度?末?\s*(?:まで)?\s*(?:に|で)?\s*、?|[0-9０-９]{4}\s*年度末?\s*(?:まで)?\s*(?:に|で)?\s*、?")]
    private static partial Regex YearPhrase();
}
