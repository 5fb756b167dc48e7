using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Word.Fragments;

/// <summary>A measure read from a fragment, or null, and everything that could not be read.</summary>
public sealed record MeasureReadResult(Measure? Measure, IReadOnlyList<HarvestProblem> Problems);
