namespace OfficeDx.Service.Hosting;

/// <summary>Finds the sample plans (templates/samples) from the working directory or the tool's own location: the service started without --plans, and the demo.</summary>
public static class PlanFolderSearch
{
    public static IEnumerable<string> Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "templates", "samples");
                if (Directory.Exists(candidate)) return [candidate];
            }
        }
        return [];
    }
}
