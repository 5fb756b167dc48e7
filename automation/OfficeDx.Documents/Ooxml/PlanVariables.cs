namespace OfficeDx.Documents.Ooxml;

/// <summary>The document variables (and custom properties) a plan document carries so a reader knows how it was written.</summary>
public static class PlanVariables
{
    public const string Profile = "odx:profile";
    public const string SchemaVersion = "odx:schemaVersion";
}
