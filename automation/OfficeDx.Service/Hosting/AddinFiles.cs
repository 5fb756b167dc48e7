namespace OfficeDx.Service.Hosting;

/// <summary>Finds the built add-in (addin/dist) from the working directory or the service's own location.</summary>
public static class AddinFiles
{
    public static string? Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "addin", "dist");
                if (File.Exists(Path.Combine(candidate, "word.html"))) return candidate;
            }
        }
        return null;
    }
}
