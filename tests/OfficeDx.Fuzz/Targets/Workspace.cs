namespace OfficeDx.Fuzz.Targets;

/// <summary>
/// The folder one input is written to and its outputs go to, three levels inside the fuzz work folder so that a manifest's
/// "../../x" still lands inside it; deleted after the input.
/// </summary>
public sealed class Workspace : IDisposable
{
    private readonly string _case;

    public Workspace(string root, long index)
    {
        _case = System.IO.Path.Combine(root, "cases", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Left behind by a worker that was stopped in the middle of this input.
        if (Directory.Exists(_case)) Directory.Delete(_case, recursive: true);
        Path = System.IO.Path.Combine(_case, "a", "b", "c");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder the input file is in.</summary>
    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_case, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by an abandoned run; the whole work folder goes at the end.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
