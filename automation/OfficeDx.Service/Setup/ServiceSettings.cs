using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Service.Setup;

/// <summary>Reads the "OfficeDx" configuration section into <see cref="ServiceOptions"/>, turning a value of the wrong type into a Japanese failure.</summary>
public static partial class ServiceSettings
{
    public static ServiceOptions Read(IConfiguration configuration)
    {
        try
        {
            return configuration.GetSection(ServiceOptions.Section).Get<ServiceOptions>() ?? new ServiceOptions();
        }
        catch (InvalidOperationException e)
        {
            // The binder names the key in quotes: "Failed to convert configuration value at 'OfficeDx:MaxRequestBytes' to type …".
            var key = QuotedKey().Match(e.Message) is { Success: true } m ? m.Groups[1].Value : ServiceOptions.Section;
            throw new ServiceSettingsException([$"{key}: 値「{configuration[key]}」を読めません（数値・true/false・URL の一覧など、項目の形で書いてください）。"]);
        }
    }

    [GeneratedRegex(" at '([^']+)'")]
    private static partial Regex QuotedKey();
}
