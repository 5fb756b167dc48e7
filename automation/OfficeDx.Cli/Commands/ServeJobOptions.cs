using System.CommandLine;
using System.Globalization;

namespace OfficeDx.Cli.Commands;

/// <summary>
/// The options of officedx serve for the DX office: the console and the scheduled harvests over the service's store (--store),
/// given to the service as OfficeDx:Scheduling settings; the timings are for tests and tuning.
/// </summary>
internal sealed class ServeJobOptions
{
    private readonly Option<bool> console = new("--console") { Description = "DX 推進担当のコンソール（/console）と定期回収を動かす（--harvest-schedule を指定しても動きます）" };
    private readonly Option<string[]> schedules = new("--harvest-schedule") { Description = "定期回収: 名前|cron 式（UTC）|回収元（フォルダー または sharepoint:…）。複数指定できます", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> deadline = new("--deadline") { Description = "各課の提出期限（コンソールに表示、例: 2026-01-30）" };
    private readonly Option<int?> invisibility = new("--job-invisibility-seconds") { Description = "止まったサーバーの回収を別のサーバーが引き継ぐまでの秒数（PostgreSQL、既定 1800）" };
    private readonly Option<int?> poll = new("--job-poll-seconds") { Description = "予定とキューを確認する間隔（秒、既定 15）" };
    private readonly Option<int?> lockTimeout = new("--job-lock-seconds") { Description = "止まったサーバーのロックが解けるまでの秒数（PostgreSQL、既定 600）" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { console, schedules, deadline, invisibility, poll, lockTimeout }) command.Options.Add(option);
    }

    /// <summary>Hands the options on as settings (key below OfficeDx:, value).</summary>
    public void AddOverrides(ParseResult result, Action<string, string?> set)
    {
        var given = result.GetValue(schedules) ?? [];
        if (!result.GetValue(console) && given.Length == 0) return;
        set("Scheduling:Enabled", "true");
        for (var i = 0; i < given.Length; i++) set($"Scheduling:Schedules:{i.ToString(CultureInfo.InvariantCulture)}", given[i]);
        set("Scheduling:Deadline", result.GetValue(deadline));
        set("Scheduling:InvisibilitySeconds", result.GetValue(invisibility)?.ToString(CultureInfo.InvariantCulture));
        set("Scheduling:PollSeconds", result.GetValue(poll)?.ToString(CultureInfo.InvariantCulture));
        set("Scheduling:LockSeconds", result.GetValue(lockTimeout)?.ToString(CultureInfo.InvariantCulture));
    }
}
