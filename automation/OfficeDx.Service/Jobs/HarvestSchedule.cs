namespace OfficeDx.Service.Jobs;

/// <summary>
/// A recurring harvest: its name (the recurring job's id), a cron expression (5 fields, or 6 with seconds) in UTC, and the source
/// (a folder on the server, or sharepoint:HOST/sites/NAME/LIBRARY/FOLDER). Sources come from the service's configuration only,
/// never from a request.
/// </summary>
public sealed record HarvestSchedule(string Name, string Cron, string Source)
{
    /// <summary>Reads NAME|CRON|SOURCE (the source last, since a path may hold any character).</summary>
    public static HarvestSchedule Parse(string text)
    {
        var parts = text.Split('|', 3);
        if (parts.Length != 3 || parts.Any(p => p.Trim().Length == 0))
            throw new FormatException($"回収の予定「{text}」を読めません。名前|cron 式|回収元 の形で指定してください（例: 毎晩|0 2 * * *|/srv/plans）。");
        var cron = parts[1].Trim();
        if (cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
            throw new FormatException($"回収の予定「{parts[0].Trim()}」の cron 式「{cron}」は 5 つ（秒を含めるなら 6 つ）の欄で書いてください。");
        return new HarvestSchedule(parts[0].Trim(), cron, parts[2].Trim());
    }
}
