using System.CommandLine;
using OfficeDx.Service.Jobs;
using OfficeDx.Storage;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// The options of officedx serve for the DX office: the harvest store (which turns on the console and the job engine) and the
/// scheduled harvests; the timings are for tests and tuning.
/// </summary>
internal sealed class ServeJobOptions
{
    private readonly Option<string?> store = new("--store") { Description = "回収の保存先（sqlite:ファイル または postgres:接続文字列）。指定すると DX 推進担当のコンソール（/console）と定期回収が動きます" };
    private readonly Option<string[]> schedules = new("--harvest-schedule") { Description = "定期回収: 名前|cron 式（UTC）|回収元（フォルダー または sharepoint:…）。複数指定できます", AllowMultipleArgumentsPerToken = true };
    private readonly Option<int?> invisibility = new("--job-invisibility-seconds") { Description = "止まったサーバーの回収を別のサーバーが引き継ぐまでの秒数（PostgreSQL、既定 1800）" };
    private readonly Option<int?> poll = new("--job-poll-seconds") { Description = "予定とキューを確認する間隔（秒、既定 15）" };
    private readonly Option<DateOnly?> deadline = new("--deadline") { Description = "各課の提出期限（コンソールに表示、例: 2026-01-30）" };
    private readonly Option<int?> lockTimeout = new("--job-lock-seconds") { Description = "止まったサーバーのロックが解けるまでの秒数（PostgreSQL、既定 600）" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { store, schedules, deadline, invisibility, poll, lockTimeout }) command.Options.Add(option);
    }

    public JobOptions? Read(ParseResult result)
    {
        if (result.GetValue(store) is not { Length: > 0 } location)
        {
            if (result.GetValue(schedules) is { Length: > 0 }) throw new FormatException("--harvest-schedule には回収の保存先 --store も指定してください。");
            return null;
        }
        StoreLocation parsed;
        try
        {
            parsed = StoreLocation.Parse(location);
        }
        catch (StoreException e)
        {
            throw new FormatException(e.Message, e);
        }
        var defaults = new JobOptions { Store = parsed };
        return defaults with
        {
            Schedules = (result.GetValue(schedules) ?? []).Select(HarvestSchedule.Parse).ToList(),
            InvisibilityTimeout = result.GetValue(invisibility) is { } i ? TimeSpan.FromSeconds(i) : defaults.InvisibilityTimeout,
            PollInterval = result.GetValue(poll) is { } p ? TimeSpan.FromSeconds(p) : defaults.PollInterval,
            LockTimeout = result.GetValue(lockTimeout) is { } l ? TimeSpan.FromSeconds(l) : defaults.LockTimeout,
            Deadline = result.GetValue(deadline),
        };
    }
}
