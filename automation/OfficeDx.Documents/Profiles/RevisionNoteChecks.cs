using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Profiles;

/// <summary>The rules for a profile's revision-note wording: every note it writes must be sorted back into its own kind when read.</summary>
internal static class RevisionNoteChecks
{
    public static void Check(RevisionNoteWording wording, Action<string, string> add)
    {
        if (wording.Templates is not { } templates) return;
        foreach (var (kind, key, template, phrases) in new[]
                 {
                     (RevisionNoteKind.Schedule, "schedule", templates.Schedule, wording.Schedule),
                     (RevisionNoteKind.Overview, "overview", templates.Overview, wording.Overview),
                     (RevisionNoteKind.Name, "name", templates.Name, wording.Name),
                 })
        {
            var place = "revisionNotes.templates." + key;
            if (string.IsNullOrWhiteSpace(template))
            {
                add(place, "注記の文言が空です。");
                continue;
            }
            // A note the revision writes must read back as the same kind, or the next import files it under another one.
            var written = templates.Write(kind, "令和4年度");
            if (!template.StartsWith(wording.Marker, StringComparison.Ordinal))
                add(place, $"注記「{Core.Text.ShortQuote.Of(template)}」が記号「{Core.Text.ShortQuote.Of(wording.Marker)}」（revisionNotes.marker）で始まっていません。");
            else if (wording.KindOf(written) != kind)
                add(place, $"注記「{Core.Text.ShortQuote.Of(template)}」は、取り込むときに revisionNotes.{key} の注記として読まれません（revisionNotes.{key} の語句 {string.Join("、", phrases.Take(10).Select(p => Core.Text.ShortQuote.Of(p)))} のどれかを含め、ほかの種類の語句は含めないでください）。");
        }
    }
}
