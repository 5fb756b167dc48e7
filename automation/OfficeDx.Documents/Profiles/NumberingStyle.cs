namespace OfficeDx.Documents.Profiles;

/// <summary>The way a hierarchy level numbers its items.</summary>
public enum NumberingStyle
{
    /// <summary>No counter: only the prefix, e.g. ○ before each group.</summary>
    None,
    /// <summary>1, 2, 3.</summary>
    Arabic,
    /// <summary>(1), (2), (3).</summary>
    ParenthesizedArabic,
    /// <summary>①, ②, ③ (up to ⑳).</summary>
    Circled,
    /// <summary>ア, イ, ウ (iroha order of the 50-sound table: ア イ ウ エ オ カ …).</summary>
    Katakana,
    /// <summary>(ア), (イ), (ウ).</summary>
    ParenthesizedKatakana,
}
