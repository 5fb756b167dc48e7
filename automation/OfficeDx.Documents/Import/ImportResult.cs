using OfficeDx.Core.Model;
using OfficeDx.Documents.Ooxml;
using OfficeDx.Documents.Profiles;

namespace OfficeDx.Documents.Import;

/// <summary>The plan read from a document OfficeDx did not make, the profile used and why, and everything that could not be placed.</summary>
public sealed record ImportResult(Plan Plan, Profile Profile, string ProfileReason, IReadOnlyList<DocumentProblem> Unplaced);
