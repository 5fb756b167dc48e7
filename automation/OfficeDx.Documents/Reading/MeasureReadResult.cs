using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Documents.Reading;

/// <summary>A measure read from a fragment, or null, and everything that could not be read.</summary>
public sealed record MeasureReadResult(Measure? Measure, IReadOnlyList<DocumentProblem> Problems);
