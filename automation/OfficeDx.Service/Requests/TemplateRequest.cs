using OfficeDx.Core.Model;

namespace OfficeDx.Service.Requests;

/// <summary>A plan sent whole (one the service does not hold), the department whose workbook is wanted, and an optional deadline (2026-01-30).</summary>
public sealed record TemplateRequest
{
    public Plan? Plan { get; init; }
    public string Department { get; init; } = "";
    public string? Deadline { get; init; }
}
