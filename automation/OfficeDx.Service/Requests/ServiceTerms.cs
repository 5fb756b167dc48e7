using OfficeDx.Documents.Glossary;


namespace OfficeDx.Service.Requests;

/// <summary>The term base every glossary call uses: the configured one (OfficeDx:TermBase), else the shipped templates/glossary/terms.json; read once.</summary>
public static class ServiceTerms
{
    private static Lazy<TermBase> current = new(TermBaseFile.Shipped);
    private static string? path;

    /// <summary>Uses the term base file at <paramref name="file"/> (null: the shipped one) from the next call on.</summary>
    public static void Use(string? file)
    {
        if (file == path) return;
        path = file;
        current = new Lazy<TermBase>(() => file is null ? TermBaseFile.Shipped() : TermBaseFile.Load(file));
    }

    public static TermBase Get() => current.Value;
}
