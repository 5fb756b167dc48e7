using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Cli.Commands;

/// <summary>The profile a command uses: --profile (a name or a .json path: the command line may name files), else the plan's, by name only.</summary>
internal static class CommandProfiles
{
    public static Profile Choose(string? commandLine, Plan plan) =>
        commandLine is not null ? ProfileLibrary.Load(commandLine) : ProfileLibrary.Named(plan.Profile, "計画ファイルの $.profile");
}
