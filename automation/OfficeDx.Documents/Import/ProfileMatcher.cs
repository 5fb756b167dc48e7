using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>Picks the shipped profile whose row labels and heading numbers best match a document, and says why.</summary>
internal static class ProfileMatcher
{
    public static (Profile Profile, string Reason) Best(IReadOnlyList<LegacyBlock> blocks, IEnumerable<Profile> candidates)
    {
        var labels = blocks.Where(b => b.IsTable).SelectMany(b => b.Table!.Rows)
            .Where(r => r.Count > 0 && !r[0].Continued && !r[0].IsEmpty).Select(r => r[0].Text).ToArray();
        var paragraphs = blocks.Where(b => !b.IsTable && !string.IsNullOrWhiteSpace(b.Text)).Select(b => b.Text!).ToArray();
        var scored = candidates.Select(profile =>
        {
            var rowLabels = new RowLabels(profile);
            var exact = 0;
            var synonyms = 0;
            foreach (var label in labels)
            {
                if (!rowLabels.TryMatch(label, out _, out var isExact)) continue;
                if (isExact) exact++; else synonyms++;
            }
            var headings = paragraphs.Count(p => profile.Hierarchy.Levels.Any(l => l.Prefix.Length > 0 && Numbering.TrySplit(l, p, out _, out var rest, out _) && rest.Length > 0));
            return (Profile: profile, Score: exact * 2 + synonyms + headings, Exact: exact, Synonyms: synonyms, Headings: headings);
        }).OrderByDescending(s => s.Score).ThenBy(s => s.Profile.Name, StringComparer.Ordinal).ToArray();
        var best = scored[0];
        var runnerUp = scored.Length > 1 ? $"次点は {scored[1].Profile.Name}（{scored[1].Score} 点）" : "ほかの候補はありません";
        var reason = $"表の行見出し {labels.Length} 個のうち {best.Exact} 個が {best.Profile.Name} の見出しと一致、{best.Synonyms} 個が別名と一致"
            + (best.Headings > 0 ? $"、見出しの番号（{string.Join("・", best.Profile.Hierarchy.Levels.Where(l => l.Prefix.Length > 0).Select(l => l.Prefix + "N"))}）に合う段落が {best.Headings} 個" : "")
            + $"で {best.Score} 点。{runnerUp}。";
        return (best.Profile, reason);
    }
}
