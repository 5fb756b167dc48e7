using OfficeDx.Documents.Glossary;


namespace OfficeDx.Service.Requests;

/// <summary>The shipped term base (templates/glossary/terms.json), read once: every glossary call uses the same one.</summary>
public static class ServiceTerms
{
    private static readonly Lazy<TermBase> Shipped = new(TermBaseFile.Shipped);

    public static TermBase Get() => Shipped.Value;
}
