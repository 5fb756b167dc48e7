using System.Text.RegularExpressions;
using OfficeDx.Cli.Tests.Support;

namespace OfficeDx.Cli.Tests;

/// <summary>
/// Every command in a ```bash block of README.md runs as written, in order, in a fresh copy of the repository's templates
/// (what a clone has): <c>officedx</c> is the built CLI, the exit code is 0 unless the line's comment says
/// <c>(exit N)</c>, and every file or folder named by <c>--out</c>, <c>--report</c> or <c>--export</c> exists afterwards.
/// </summary>
[TestClass]
public sealed partial class ReadmeExamplesTests
{
    /// <summary>What a README line may start with that this test does not run, and why.</summary>
    private static readonly (string Prefix, string Why)[] NotRunHere =
    [
        ("bash scripts/test.sh", "the test suite itself"),
        ("dotnet pack", "packaging the .NET tool (docs/deploy.md)"),
        ("dotnet tool install", "installing the .NET tool (docs/deploy.md)"),
        ("~/.officedx/officedx", "the installed tool, made by the two lines above it (ToolPackageTests)"),
        ("cd addin", "the add-in's npm build"),
        ("officedx serve", "a server that runs until stopped"),
    ];

    private const string DotnetRun = "dotnet run --project automation/OfficeDx.Cli --";

    [TestMethod]
    public void EveryReadmeCommandRunsAsWrittenOnAFreshCopy()
    {
        var commands = ReadmeCommands(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md")));
        Assert.IsGreaterThanOrEqualTo(10, commands.Count, "the README's runnable examples were not found");
        using var temp = new TempDirectory();
        CopyDirectory(Path.Combine(RepositoryFiles.Root, "templates"), temp.File("templates"));

        var ran = 0;
        foreach (var command in commands)
        {
            var skipped = NotRunHere.FirstOrDefault(n => command.Text.StartsWith(n.Prefix, StringComparison.Ordinal));
            if (skipped.Prefix is not null) continue;
            var args = command.Arguments;
            var result = OfficedxProcess.Run(temp.Path, TimeSpan.FromMinutes(4), args);
            Assert.AreEqual(command.ExpectedExit, result.ExitCode, $"README line {command.Line}: {command.Text}{Environment.NewLine}{result}");
            CliAssert.NoStackTrace(result);
            foreach (var output in command.Outputs)
                Assert.IsTrue(File.Exists(Path.Combine(temp.Path, output)) || Directory.Exists(Path.Combine(temp.Path, output)),
                    $"README line {command.Line}: {output} was not written{Environment.NewLine}{result}");
            ran++;
        }
        Assert.IsGreaterThanOrEqualTo(10, ran);
    }

    [TestMethod]
    public void EveryReadmeCommandIsOneThisTestRunsOrKnowinglySkips()
    {
        foreach (var command in ReadmeCommands(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"))))
        {
            var known = command.Text.StartsWith("officedx ", StringComparison.Ordinal) || command.Text.StartsWith(DotnetRun, StringComparison.Ordinal)
                || NotRunHere.Any(n => command.Text.StartsWith(n.Prefix, StringComparison.Ordinal));
            Assert.IsTrue(known, $"README line {command.Line}: 「{command.Text}」 is neither officedx nor a command this test knows it skips");
        }
    }

    [TestMethod]
    public void TheParserReadsCommandsCommentsExitCodesAndOutputs()
    {
        var commands = ReadmeCommands("""
            text
            ```bash
            officedx generate --plan "a b/plan.json" --out out/x.docx   # plan → .docx
            # a comment line
            officedx glossary check out/x.docx   # variants found (exit 1)
            ```
            ```text
            officedx not-run [--flag]
            ```
            """);

        Assert.HasCount(2, commands);
        CollectionAssert.AreEqual(new[] { "generate", "--plan", "a b/plan.json", "--out", "out/x.docx" }, commands[0].Arguments);
        Assert.AreEqual(0, commands[0].ExpectedExit);
        CollectionAssert.AreEqual(new[] { "out/x.docx" }, commands[0].Outputs.ToArray());
        Assert.AreEqual(1, commands[1].ExpectedExit);
        Assert.AreEqual(5, commands[1].Line);
    }

    /// <summary>One command line of a ```bash block.</summary>
    private sealed record ReadmeCommand(int Line, string Text, int ExpectedExit)
    {
        /// <summary>The CLI's arguments: after <c>officedx</c> or <c>dotnet run --project … --</c>, split as a shell would (quotes kept together).</summary>
        public string[] Arguments
        {
            get
            {
                var rest = Text.StartsWith(DotnetRun, StringComparison.Ordinal) ? Text[DotnetRun.Length..] : Text["officedx".Length..];
                return [.. Words().Matches(rest).Select(m => m.Groups["q"].Success ? m.Groups["q"].Value : m.Value)];
            }
        }

        public IEnumerable<string> Outputs
        {
            get
            {
                var args = Arguments;
                for (var i = 0; i + 1 < args.Length; i++)
                    if (args[i] is "--out" or "--report" or "--export") yield return args[i + 1];
            }
        }
    }

    private static List<ReadmeCommand> ReadmeCommands(string markdown)
    {
        var commands = new List<ReadmeCommand>();
        var lines = markdown.Split('\n');
        var inBash = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r').Trim();
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                inBash = !inBash && line == "```bash";
                continue;
            }
            if (!inBash || line.Length == 0 || line.StartsWith('#')) continue;
            var comment = line.IndexOf(" #", StringComparison.Ordinal);
            var text = (comment < 0 ? line : line[..comment]).Trim();
            var exit = comment < 0 ? null : ExitMark().Match(line[comment..]);
            commands.Add(new ReadmeCommand(i + 1, text, exit is { Success: true } ? int.Parse(exit.Groups["code"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0));
        }
        return commands;
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            // Outputs of an earlier run lying in the working copy (out/ is ignored by git) are not part of a clone.
            if (relative.Split(Path.DirectorySeparatorChar).Contains("out")) continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    [GeneratedRegex(@"\(exit (?<code>\d+)\)")]
    private static partial Regex ExitMark();

    [GeneratedRegex("\"(?<q>[^\"]*)\"|\\S+")]
    private static partial Regex Words();
}
