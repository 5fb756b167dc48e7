using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>Imports a plan OfficeDx did not make from its file: PDF-extracted text (.txt) or a Word document typed by hand (.docx).</summary>
public static class PlanImport
{
    public static ImportResult Read(string path, Profile? profile) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? PlanTextImporter.Import(path, profile)
            : LegacyDocumentImporter.Import(path, profile);
}
