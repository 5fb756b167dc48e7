namespace OfficeDx.Core.Model;

/// <summary>Which part of a measure a revision note (※…) is about.</summary>
public enum RevisionNoteKind
{
    /// <summary>※…名称を修正 — written after the measure name.</summary>
    Name,
    /// <summary>※…概要を修正 — written at the end of the overview.</summary>
    Overview,
    /// <summary>※実施年度を見直し — written at the end of the overview.</summary>
    Schedule,
    /// <summary>Any other note — written at the end of the overview.</summary>
    Other,
}
