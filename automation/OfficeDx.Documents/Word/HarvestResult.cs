using OfficeDx.Core.Model;

namespace OfficeDx.Documents.Word;

/// <summary>The plan read from a document, and everything that could not be read.</summary>
public sealed record HarvestResult(Plan Plan, IReadOnlyList<HarvestProblem> Problems);
