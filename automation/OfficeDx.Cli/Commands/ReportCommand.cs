using System.CommandLine;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx report: reports built from the harvest store (the annual progress report).</summary>
internal static class ReportCommand
{
    public static Command Create() => new("report", "回収した保存先から報告書を作成します。")
    {
        ReportProgressCommand.Create(),
    };
}
