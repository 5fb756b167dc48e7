using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Reading;

/// <summary>The plan read from a document, and everything that could not be read.</summary>
public sealed record HarvestResult(Plan Plan, IReadOnlyList<DocumentProblem> Problems);
