using Microsoft.Extensions.Options;
using OfficeDx.Documents.Ooxml;

namespace OfficeDx.Service.Setup;

/// <summary>Checks OfficeDx:Limits at start (ValidateOnStart): every setting that is not a positive number, as one Japanese sentence each.</summary>
public sealed class InputLimitsValidation : IValidateOptions<InputLimits>
{
    public ValidateOptionsResult Validate(string? name, InputLimits options)
    {
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => $"{InputLimits.Section}:{p}"));
    }
}
