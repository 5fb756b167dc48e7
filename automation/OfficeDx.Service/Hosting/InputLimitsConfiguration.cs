using Microsoft.Extensions.Configuration;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Service.Hosting;

/// <summary>Reads the input limits from configuration (section OfficeDx:Limits; environment OfficeDx__Limits__MaxPartBytes=…) over the defaults.</summary>
public static class InputLimitsConfiguration
{
    /// <summary>The configured limits; throws <see cref="FormatException"/> in Japanese naming a setting that is not a number or not positive.</summary>
    public static InputLimits Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(InputLimits.Section);
        var limits = new InputLimits();
        try
        {
            section.Bind(limits);
        }
        catch (InvalidOperationException)
        {
            var bad = section.GetChildren().Where(c => !long.TryParse(c.Value, out _)).Select(c => $"{c.Key}=「{c.Value}」");
            throw new FormatException($"入力の上限の設定（{InputLimits.Section}）に数として読めない値があります: {string.Join("、", bad)}");
        }
        var problems = limits.Problems();
        if (problems.Count > 0) throw new FormatException($"入力の上限の設定（{InputLimits.Section}）に誤りがあります: " + string.Join(" ", problems));
        return limits;
    }

    /// <summary>Reads the limits and makes every reader in this process apply them.</summary>
    public static InputLimits Apply(IConfiguration configuration)
    {
        var limits = Read(configuration);
        InputLimits.Use(limits);
        return limits;
    }
}
