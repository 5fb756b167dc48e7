using OfficeDx.Core.Model;
using OfficeDx.Core.Revisions;

namespace OfficeDx.Documents.Profiles;

/// <summary>How the municipality words revision notes: the phrases that sort a typed note into its kind on import, and the notes a revision writes.</summary>
public sealed record RevisionNoteWording
{
    /// <summary>The mark that starts a note: ※.</summary>
    public string Marker { get; init; } = "※";
    /// <summary>Phrases that make a note a name note (…名称を修正).</summary>
    public IReadOnlyList<string> Name { get; init; } = ["名称を修正"];
    public IReadOnlyList<string> Overview { get; init; } = ["概要を修正"];
    public IReadOnlyList<string> Schedule { get; init; } = ["実施年度を見直し"];
    /// <summary>The notes <c>officedx revise</c> writes; a profile without them can write and read plans but not revise them.</summary>
    public RevisionNoteTemplates? Templates { get; init; }

    /// <summary>The kind a note with this text is read as, checking name, then schedule, then overview phrases (the importer's order).</summary>
    public RevisionNoteKind? KindOf(string note) =>
        !note.StartsWith(Marker, StringComparison.Ordinal) ? null
        : Name.Any(note.Contains) ? RevisionNoteKind.Name
        : Schedule.Any(note.Contains) ? RevisionNoteKind.Schedule
        : Overview.Any(note.Contains) ? RevisionNoteKind.Overview
        : null;

    /// <summary>The templates, or a message naming the key to add when the profile has none.</summary>
    public RevisionNoteTemplates RequireTemplates(string profile) => Templates
        ?? throw new ProfileException(profile, "revisionNotes.templates: 改訂で書く注記の文言（schedule・overview・name）がありません。改訂するにはプロファイルに書いてください（docs/profiles.md）。");
}
