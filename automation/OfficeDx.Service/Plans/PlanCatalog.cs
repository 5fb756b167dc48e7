using OfficeDx.Core.Model;
using OfficeDx.Core.Validation;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Service.Plans;

/// <summary>
/// The plans the service knows, by id, read once from the configured folders (every *.json that is a valid plan with a shipped
/// profile). A department workbook names its plan in its marker, so a request never carries a path.
/// </summary>
public sealed class PlanCatalog(IReadOnlyList<string> folders)
{
    private readonly Lazy<IReadOnlyDictionary<string, Plan>> plans = new(() => Load(folders));

    public IReadOnlyCollection<Plan> All => plans.Value.Values.ToArray();

    public Plan? Find(string id) => plans.Value.GetValueOrDefault(id);

    private static IReadOnlyDictionary<string, Plan> Load(IReadOnlyList<string> folders)
    {
        var result = new SortedDictionary<string, Plan>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var path in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                // Folders of samples hold other JSON too (glossaries, change sets): a file that is not a usable plan is passed over.
                Plan plan;
                try
                {
                    plan = PlanFile.Load(path);
                }
                catch (Exception e) when (e is PlanFileException or IOException or UnauthorizedAccessException)
                {
                    continue;
                }
                if (!ProfileLibrary.Names.Contains(plan.Profile, StringComparer.Ordinal)) continue;
                result.TryAdd(plan.Id, plan);
            }
        }
        return result;
    }
}
