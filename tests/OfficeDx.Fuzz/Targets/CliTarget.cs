using OfficeDx.Fuzz.Mutators;
using OfficeDx.Fuzz.Running;

namespace OfficeDx.Fuzz.Targets;

/// <summary>An officedx command: where the input is written and the arguments that run it on that file.</summary>
public sealed record CliTarget(string Name, InputKind Kind, string InputName, Func<string, Workspace, Corpus, FuzzCase, string[]> Arguments)
{
    /// <summary>Writes the input (and, for a batch manifest, the plans it names) and returns the command line.</summary>
    public string[] Prepare(FuzzCase input, Workspace workspace, Corpus corpus)
    {
        var path = workspace.File(InputName);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, input.Bytes);
        if (Kind == InputKind.Batch)
        {
            var plan = corpus.Plans[0].Bytes;
            File.WriteAllBytes(workspace.File(BatchManifests.PlanFile), plan);
            File.WriteAllBytes(workspace.File(BatchManifests.ChangesFile), plan);
        }
        return Arguments(path, workspace, corpus, input);
    }

    /// <summary>Exit 0 or 1 is a run, 2 a refusal that must read as Japanese, anything else a bug.</summary>
    public static Verdict Judge(int exitCode, string errorOutput) => exitCode switch
    {
        0 or 1 => Verdict.Accepted($"exit {exitCode}"),
        2 => Messages.WhyUnreadable(errorOutput) is { } why ? Verdict.Bug($"exit 2, {why}: {Trim(errorOutput)}") : Verdict.Refused($"exit 2: {Trim(errorOutput)}"),
        _ => Verdict.Bug($"exit {exitCode}: {Trim(errorOutput)}"),
    };

    public static string Trim(string text)
    {
        var line = text.ReplaceLineEndings(" ").Trim();
        return line.Length > 300 ? line[..300] + "…" : line;
    }
}
