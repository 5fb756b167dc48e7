using System.Collections;

namespace OfficeDx.Cli;

/// <summary>
/// Whether the environment sets anything under a configuration section (OfficeDx__Limits__MaxPartBytes=… for OfficeDx:Limits),
/// so that a run that sets nothing does not load and build a configuration at start-up only to find it empty.
/// </summary>
internal static class EnvironmentSettings
{
    /// <summary>True when some variable names a key under <paramref name="section"/> ("A:B"), spelt with ':' or '__' as the configuration provider reads it.</summary>
    public static bool Mention(string section)
    {
        var colon = section + ":";
        var underscores = section.Replace(":", "__", StringComparison.Ordinal) + "__";
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            if (variable.Key is not string name) continue;
            if (name.StartsWith(colon, StringComparison.OrdinalIgnoreCase) || name.StartsWith(underscores, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
