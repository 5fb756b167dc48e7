using OfficeDx.Core.Model;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>
/// Takes the notes out of a field's lines: revision notes (※実施年度を見直し…) by the profile's wording, and any other line that
/// starts with one of import.noteMarkers (※順次実施中, （参考）…), kept as a note of kind other rather than as the field's text.
/// A marker alone on its line, or a bracketed one (（参考）…), heads a note made of the lines after it in the same cell. A line equal to one of
/// import.emptyValues (-, ―) is no value and is dropped.
/// With <paramref name="asWritten"/> (a table OfficeDx wrote, read by its labels) only revision notes are taken and every value
/// is kept as written: the writer puts ※ and （参考） lines inside their field and writes a - baseline as -.
/// </summary>
internal sealed class MeasureNotes(Profile profile, bool asWritten = false)
{
    /// <summary>The lines left after the notes were added to <paramref name="notes"/>; <paramref name="onlyRevision"/> keeps other notes in the text.</summary>
    public List<string> Take(IEnumerable<string> lines, List<RevisionNote> notes, bool onlyRevision = false, bool listItems = false)
    {
        var kept = new List<string>();
        RevisionNote? block = null;
        var blockLines = new List<string>();
        foreach (var line in SplitInline(lines, listItems))
        {
            var trimmed = line.Trim();
            if (block is not null)
            {
                // Joined once at the end: joining line by line was quadratic in a cell of thousands of lines.
                blockLines.Add(trimmed);
                continue;
            }
            if (RevisionKind(trimmed) is { } kind) { notes.Add(new RevisionNote { Kind = kind, Text = trimmed }); continue; }
            if (IsEmptyValue(trimmed)) continue;
            if (!onlyRevision && !asWritten && OtherMarker(trimmed) is { } marker)
            {
                var note = new RevisionNote { Kind = RevisionNoteKind.Other, Text = trimmed };
                notes.Add(note);
                // A bracketed marker （参考） heads what follows it in the cell; ※ notes are one line each.
                if (trimmed.Length == marker.Length || marker[0] is '（' or '(' or '【' or '＜' or '<' or '［' or '[') block = note;
                continue;
            }
            kept.Add(line);
        }
        if (block is not null && blockLines.Count > 0)
            notes[notes.IndexOf(block)] = block with { Text = string.Join("\n", blockLines.Prepend(block.Text)) };
        return kept;
    }

    public bool IsEmptyValue(string text) => !asWritten && profile.Import.EmptyValues.Contains(text.Trim(), StringComparer.Ordinal);

    /// <summary>The kind of a revision note (※…を修正), or null when the line is not one.</summary>
    public RevisionNoteKind? RevisionKind(string line)
    {
        var wording = profile.RevisionNotes;
        if (!line.StartsWith(wording.Marker, StringComparison.Ordinal)) return null;
        return wording.Name.Any(line.Contains) ? RevisionNoteKind.Name
            : wording.Schedule.Any(line.Contains) ? RevisionNoteKind.Schedule
            : wording.Overview.Any(line.Contains) ? RevisionNoteKind.Overview
            : null;
    }

    /// <summary>The note marker a line starts with; ※ followed by a digit is a glossary mark (※1), not a note.</summary>
    private string? OtherMarker(string line) => profile.Import.NoteMarkers
        .Where(m => m.Length > 0 && line.StartsWith(m, StringComparison.Ordinal))
        .Where(m => !(line.Length > m.Length && char.IsDigit(line[m.Length])))
        .OrderByDescending(m => m.Length)
        .FirstOrDefault();

    /// <summary>
    /// 「…整備する。 ※実施年度を見直し」: a note typed at the end of a line, after a space, is a line of its own. In a list item
    /// only a revision note is split off: 「…の設置 ※基本目標1－施策3再掲」 annotates its item and stays with it.
    /// </summary>
    private IEnumerable<string> SplitInline(IEnumerable<string> lines, bool listItems)
    {
        var markers = profile.Import.NoteMarkers.Append(profile.RevisionNotes.Marker).Where(m => m.Length > 0).Distinct().ToArray();
        foreach (var line in lines)
        {
            if (listItems)
            {
                var r = line.LastIndexOf(" " + profile.RevisionNotes.Marker, StringComparison.Ordinal);
                if (r > 0 && RevisionKind(line[(r + 1)..]) is not null) { yield return line[..r].TrimEnd(); yield return line[(r + 1)..]; }
                else yield return line;
                continue;
            }
            var at = -1;
            foreach (var marker in markers)
            {
                var i = line.LastIndexOf(" " + marker, StringComparison.Ordinal);
                if (i <= 0) i = line.LastIndexOf("\u3000" + marker, StringComparison.Ordinal);
                var after = i + 1 + marker.Length;
                if (i > 0 && after < line.Length && !char.IsDigit(line[after]) && line[after] != ' ' && (at < 0 || i < at)) at = i;
            }
            if (at > 0) { yield return line[..at].TrimEnd(); yield return line[(at + 1)..]; }
            else yield return line;
        }
    }
}
