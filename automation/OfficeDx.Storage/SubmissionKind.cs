using OfficeDx.Storage.Workbooks;

namespace OfficeDx.Storage;

/// <summary>What a stored submission row is about, told by its measure id's prefix (new:, term:, else a measure of the plan).</summary>
public enum SubmissionKind
{
    /// <summary>A cell of a measure the plan has (measure id as in the plan).</summary>
    Measure,

    /// <summary>A cell of a measure proposed in a 施策 row without a 施策ID (measure id new:名称).</summary>
    Proposal,

    /// <summary>A cell of a term proposed on the 用語 sheet (measure id term:用語).</summary>
    Term,
}

/// <summary>Tells a submission's kind from its measure id, and names the kind in exports.</summary>
public static class SubmissionKinds
{
    public static SubmissionKind Of(string measureId) =>
        measureId.StartsWith(SubmittedValue.ProposalPrefix, StringComparison.Ordinal) ? SubmissionKind.Proposal
        : measureId.StartsWith(SubmittedValue.TermPrefix, StringComparison.Ordinal) ? SubmissionKind.Term
        : SubmissionKind.Measure;

    /// <summary>The kind as the summary sheet and CSV show it.</summary>
    public static string Label(SubmissionKind kind) => kind switch
    {
        SubmissionKind.Proposal => "新しい施策",
        SubmissionKind.Term => "用語",
        _ => "施策",
    };
}
