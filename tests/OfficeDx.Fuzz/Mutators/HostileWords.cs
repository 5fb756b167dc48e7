using System.Text;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Short hostile values for command-line options, route segments, query strings and form fields: paths and URLs that point
/// elsewhere, overflowing numbers and years, SQL and markup, control characters, text past every limit. The input is two
/// values, one per line (a plan id and a year, a base URL and a client id …).
/// </summary>
public static class HostileWords
{
    private static readonly string[] Words =
    [
        "", " ", "akita-2021", "akita", "katagami-2023", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "C:\\Windows\\win.ini",
        "\\\\attacker.example\\share", "file:///etc/passwd", "http://169.254.169.254/latest/meta-data", "https://officedx.city.lg.jp",
        "https://officedx.city.lg.jp:99999", "https://user:pass@host/", "https://", "http://localhost", "javascript:alert(1)", "ftp://x",
        "https://exa mple.jp", "https://例え.jp/パス?q=1#f", "https://officedx.city.lg.jp/" + new string('a', 5_000),
        "'; DROP TABLE plans; --", "\" OR 1=1 --", "<script>alert(1)</script>", "{{7*7}}", "${jndi:ldap://x}", "%00", "\u202e", "🙂", "施策", "令和6年度", "R6", "2024", "0", "-1", "2147483648", "99999999999999999999", "1e309", "NaN",
        // No store:sqlite: value here: report progress would open (as SQLite) whatever file it names, which is the command line's right.
        "#", "##", "a#b#c", "x#akita-2021",
    ];

    public static (byte[] Text, string Mutation) Create(Random random)
    {
        var first = Word(random);
        var second = Word(random);
        return (Encoding.UTF8.GetBytes(first + "\n" + second), $"words({Shown(first)} | {Shown(second)})");
    }

    /// <summary>The two values of an input.</summary>
    public static (string First, string Second) Split(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var newline = text.IndexOf('\n');
        return newline < 0 ? (text, "") : (text[..newline], text[(newline + 1)..]);
    }

    private static string Word(Random random) => random.Next(6) switch
    {
        0 => Extremes.LongText(random)[..random.Pick(new[] { 300, 5_000, 40_000 })],
        1 => random.Pick(Extremes.ProfileNames),
        2 => random.Pick(Extremes.Years),
        3 => random.Pick(Extremes.Numbers),
        4 => random.Pick(Words) + random.Pick(Words),
        _ => random.Pick(Words),
    };

    private static string Shown(string word)
    {
        var clean = new string(word.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return clean.Length > 30 ? clean[..30] + $"…({clean.Length})" : clean;
    }
}
