using System.CommandLine;

namespace OfficeDx.Cli.Commands;

/// <summary>officedx excel: department workbooks out (template) and back in (collect).</summary>
internal static class ExcelCommand
{
    public static Command Create() => new("excel", "各課に配る Excel 様式を作成し、記入された様式を回収して計画に反映します。")
    {
        ExcelTemplateCommand.Create(),
        ExcelCollectCommand.Create(),
    };
}
