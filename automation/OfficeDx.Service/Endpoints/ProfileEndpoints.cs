using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OfficeDx.Core.Model;
using OfficeDx.Core.Time;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;
using OfficeDx.Service.Problems;
using OfficeDx.Service.Requests;

namespace OfficeDx.Service.Endpoints;

/// <summary>What the task pane needs to build its form: the profiles, and a profile's rows, year labels and phases.</summary>
public static class ProfileEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/profiles", () => ProfileLibrary.Names.Select(n => new ProfileSummary(n, ServiceProfiles.Get(n).DisplayName)))
            .WithSummary("使えるプロファイル（書式）の一覧");
        api.MapGet("/profiles/{name}/form", (string name, int from, int to) => Form(ServiceProfiles.Get(name), from, to))
            .WithSummary("施策フォームの項目：行の見出し、計画期間の年度の表記、工程の選択肢")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static MeasureForm Form(Profile profile, int from, int to)
    {
        if (from is < FiscalYear.MinYear or > FiscalYear.MaxYear || to is < FiscalYear.MinYear or > FiscalYear.MaxYear)
            throw new ApiProblem(StatusCodes.Status400BadRequest, $"年度は西暦の開始年（{FiscalYear.MinYear}～{FiscalYear.MaxYear}、例：2021 = 令和3年度）で指定してください（from={from}、to={to}）。");
        if (from > to || to - from + 1 > PlanValidator.MaxScheduleYears)
            throw new ApiProblem(StatusCodes.Status400BadRequest, $"計画期間は開始から終了まで1～{PlanValidator.MaxScheduleYears}年度にしてください（from={from}、to={to}）。");
        var period = new PlanPeriod { From = new FiscalYear(from), To = new FiscalYear(to) };
        return new MeasureForm(
            profile.Name,
            profile.DisplayName,
            profile.Rows.Select(r => new FormRow(Json(r.Field.ToString()), r.Label, r.AlwaysShown)).ToArray(),
            period.Years().Select(y => new FormYear(y.StartYear, y.Format(profile.FiscalYearStyle))).ToArray(),
            Enum.GetValues<Phase>().Select(p => new FormPhase(Json(p.ToString()), p == Phase.None ? "（なし）" : p.Label())).ToArray(),
            profile.BulletPrefix);
    }

    private static string Json(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

/// <summary>A profile's name and the description shown in the picker.</summary>
public sealed record ProfileSummary(string Name, string DisplayName);

/// <summary>Everything the measure form shows for one profile and plan period.</summary>
public sealed record MeasureForm(string Profile, string DisplayName, IReadOnlyList<FormRow> Rows, IReadOnlyList<FormYear> Years, IReadOnlyList<FormPhase> Phases, string BulletPrefix);

/// <summary>A row of the measure table as a form field.</summary>
public sealed record FormRow(string Field, string Label, bool AlwaysShown);

/// <summary>A fiscal year column: the Western start year the JSON carries and the label the profile writes.</summary>
public sealed record FormYear(int Year, string Label);

/// <summary>A choice of the phase picker.</summary>
public sealed record FormPhase(string Value, string Label);
