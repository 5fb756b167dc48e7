using System.Text;

namespace OfficeDx.Fuzz.Mutators;

/// <summary>
/// Mutations of PDF-extracted plan text (templates/seeds/*.txt) for `officedx import FILE.txt`: lines repeated, cut or swapped,
/// a line past every sensible length, tabs and list marks by the thousand, control characters, invalid UTF-8, a file past the size limit.
/// </summary>
public static class TextMutator
{
    public static (byte[] Text, string Mutation) Mutate(byte[] seed, Random random)
    {
        var lines = Encoding.UTF8.GetString(seed).Split('\n').ToList();
        string mutation;
        switch (random.Next(11))
        {
            case 0:
                var line = random.Next(lines.Count);
                var times = random.Next(2) == 0 ? random.Next(2, 50) : random.Next(500, 5_000);
                lines.InsertRange(line, Enumerable.Repeat(lines[line], times));
                mutation = $"repeat-line({line} x{times})";
                break;
            case 1:
                var at = random.Next(lines.Count);
                lines.Insert(at, Extremes.LongText(random));
                mutation = $"huge-line({at})";
                break;
            case 2:
                var tabs = random.Pick(new[] { 100, 10_000, 200_000 });
                lines.Insert(random.Next(lines.Count), string.Concat(Enumerable.Repeat("施策\t", tabs)));
                mutation = $"tabs({tabs})";
                break;
            case 3:
                var marks = random.Pick(new[] { 1_000, 100_000 });
                lines.Insert(random.Next(lines.Count), string.Concat(Enumerable.Repeat("<li><p>", marks)) + "x");
                mutation = $"list-marks({marks})";
                break;
            case 4:
                for (var i = 0; i < 20; i++)
                {
                    var l = random.Next(lines.Count);
                    lines[l] = lines[l].Insert(random.Next(lines[l].Length + 1), ((char)random.Next(0, 32)).ToString());
                }
                mutation = "control-characters";
                break;
            case 5:
                var bytes = seed.ToArray();
                for (var i = 0; i < 10 && bytes.Length > 0; i++) bytes[random.Next(bytes.Length)] = (byte)random.Pick(new[] { 0x00, 0xFF, 0xC0, 0x80, 0xE3 });
                return (bytes, "invalid-utf8");
            case 6:
                return (seed[..random.Next(seed.Length + 1)], "truncate");
            case 7:
                // Just past MaxTextBytes (1 MiB): refused before it is read.
                var big = new byte[1024 * 1024 + 1 + random.Next(1024)];
                Array.Fill(big, (byte)'a');
                return (big, $"past-size-limit({big.Length})");
            case 8:
                var heading = random.Pick(new[] { "# ", "## ", "**", "1. ", "（1）", "①", "第1章 ", "施策" });
                lines.Insert(random.Next(lines.Count), string.Concat(Enumerable.Repeat(heading, random.Pick(new[] { 2, 500, 20_000 }))));
                mutation = $"repeated-heading({heading.Trim()})";
                break;
            case 9:
                var year = random.Pick(Extremes.Years);
                var y = random.Next(lines.Count);
                lines[y] = year + "\t" + lines[y];
                mutation = $"year({year})";
                break;
            default:
                for (var i = 0; i < 30 && lines.Count > 1; i++)
                {
                    var (a, b) = (random.Next(lines.Count), random.Next(lines.Count));
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                }
                mutation = "shuffle-lines";
                break;
        }
        return (Encoding.UTF8.GetBytes(string.Join('\n', lines)), mutation);
    }
}
