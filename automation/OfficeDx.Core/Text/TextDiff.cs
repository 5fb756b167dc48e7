namespace OfficeDx.Core.Text;

/// <summary>What happened to a piece of text between two versions.</summary>
public enum DiffOperation { Equal, Inserted, Deleted }

/// <summary>A piece of text that is common to both versions, only in the new one, or only in the old one.</summary>
public sealed record DiffPiece(DiffOperation Operation, string Text);

/// <summary>Word-level comparison of two texts (longest common subsequence of <see cref="WordTokenizer"/> tokens).</summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffPiece> Compare(string before, string after)
    {
        var a = WordTokenizer.Split(before);
        var b = WordTokenizer.Split(after);
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pieces = new List<DiffPiece>();
        void Add(DiffOperation operation, string text)
        {
            if (pieces.Count > 0 && pieces[^1].Operation == operation) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
            else pieces.Add(new DiffPiece(operation, text));
        }
        int x = 0, y = 0;
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y]) { Add(DiffOperation.Equal, a[x]); x++; y++; }
            else if (lengths[x + 1, y] >= lengths[x, y + 1]) Add(DiffOperation.Deleted, a[x++]);
            else Add(DiffOperation.Inserted, b[y++]);
        }
        while (x < a.Count) Add(DiffOperation.Deleted, a[x++]);
        while (y < b.Count) Add(DiffOperation.Inserted, b[y++]);
        return pieces;
    }

    /// <summary>The old text: equal and deleted pieces.</summary>
    public static string Before(IEnumerable<DiffPiece> pieces) => string.Concat(pieces.Where(p => p.Operation != DiffOperation.Inserted).Select(p => p.Text));

    /// <summary>The new text: equal and inserted pieces.</summary>
    public static string After(IEnumerable<DiffPiece> pieces) => string.Concat(pieces.Where(p => p.Operation != DiffOperation.Deleted).Select(p => p.Text));
}
