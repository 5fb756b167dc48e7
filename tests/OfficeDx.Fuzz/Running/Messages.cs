using System.Text.RegularExpressions;

namespace OfficeDx.Fuzz.Running;

/// <summary>Whether a refusal is one a drafter can read: Japanese, and no English sentence (an exception's own message) inside it.</summary>
public static partial class Messages
{
    public static string? WhyUnreadable(string message)
    {
        if (string.IsNullOrWhiteSpace(message)) return "空のメッセージ";
        if (!Japanese().IsMatch(message)) return "日本語でないメッセージ";
        var english = EnglishSentence().Match(message);
        return english.Success ? $"英語の文が混じったメッセージ（{english.Value}）" : null;
    }

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();

    /// <summary>Four English words in a row: an exception message passed through (file names, XPaths and JSON paths have no spaces).</summary>
    [GeneratedRegex(@"\b[A-Za-z]{2,}(?:[ ,'][A-Za-z]{2,}){3,}")]
    private static partial Regex EnglishSentence();
}
