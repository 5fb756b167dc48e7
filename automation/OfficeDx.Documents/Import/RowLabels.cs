using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>Matches a row's first cell against a profile's labels and synonyms, ignoring width, spaces and 〈〉/&lt;&gt; around the label.</summary>
internal sealed class RowLabels(Profile profile)
{
    private readonly Dictionary<string, (MeasureField Field, bool Exact)> _labels = Build(profile);

    private static Dictionary<string, (MeasureField, bool)> Build(Profile profile)
    {
        var labels = new Dictionary<string, (MeasureField, bool)>(StringComparer.Ordinal);
        foreach (var row in profile.Rows)
        {
            labels.TryAdd(ProfileChecks.LabelKey(row.Label), (row.Field, true));
            foreach (var synonym in row.Synonyms) labels.TryAdd(ProfileChecks.LabelKey(synonym), (row.Field, false));
        }
        return labels;
    }

    public bool TryMatch(string label, out MeasureField field, out bool exact)
    {
        field = default;
        exact = false;
        if (!_labels.TryGetValue(ProfileChecks.LabelKey(label), out var match)) return false;
        (field, exact) = match;
        return true;
    }
}
