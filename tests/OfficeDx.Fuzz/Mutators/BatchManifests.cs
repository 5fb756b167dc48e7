using System.Text;
using System.Text.Json.Nodes;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Batch manifests made up from their parts: plans that are missing, elsewhere or in a store, output folders that collide after
/// normalization or leave the manifest's folder (never further than the fuzz work folder), odd parallelism, null jobs.
/// The manifest lies three folders deep in the work folder next to plan.json and changes.json (<see cref="PlanFile"/>).
/// </summary>
public static class BatchManifests
{
    public const string PlanFile = "plan.json";
    public const string ChangesFile = "changes.json";

    private static readonly string[] Plans = [PlanFile, "./" + PlanFile, "missing.json", "../" + PlanFile, "", "store:sqlite:missing.db#akita-2021", "store:sqlite:", "/etc/passwd", "/etc", ChangesFile];
    private static readonly string[] Outs = ["same", "./same", "same/", "SAME", "out/a", "out/../same", "../up", "../../up2", "", ".", "plan.json", "x/y/z"];
    private static readonly string[] Editions = ["令和6年3月改訂", "", "令和99999年3月改訂", "改訂", "R6.3"];

    public static (byte[] Manifest, string Mutation) Create(Random random)
    {
        var jobs = new JsonArray();
        var count = random.Next(4) == 0 ? 0 : random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            if (random.Next(12) == 0)
            {
                jobs.Add(null);
                continue;
            }
            var job = new JsonObject { ["name"] = random.Next(6) == 0 ? "" : $"job{i}", ["plan"] = random.Pick(Plans), ["out"] = random.Pick(Outs) };
            if (random.Next(2) == 0) job["changes"] = random.Next(4) == 0 ? "missing.json" : ChangesFile;
            if (random.Next(2) == 0) job["edition"] = random.Pick(Editions);
            if (random.Next(4) == 0) job["profile"] = random.Pick(Extremes.ProfileNames);
            if (random.Next(10) == 0) job["mapping"] = random.Pick(new[] { "missing.json", PlanFile, "" });
            jobs.Add(job);
        }
        var manifest = new JsonObject { ["jobs"] = jobs };
        if (random.Next(2) == 0) manifest["parallelism"] = random.Pick(new[] { -1, 0, 1, 2, 64, int.MaxValue });
        var bytes = Encoding.UTF8.GetBytes(manifest.ToJsonString());
        var description = $"manifest({count} jobs)";
        if (random.Next(3) == 0 && count > 0)
        {
            var (mutated, mutation) = JsonMutator.Mutate(bytes, random);
            return (mutated, description + " + " + mutation);
        }
        return (bytes, description);
    }
}
