using Microsoft.Extensions.Options;
using OfficeDx.Service.Hosting;

namespace OfficeDx.Service.Setup;

/// <summary>Hands out settings given whole instead of bound from configuration, through the same validators.</summary>
internal sealed class GivenOptionsFactory(ServiceOptions given, IEnumerable<IValidateOptions<ServiceOptions>> validators) : IOptionsFactory<ServiceOptions>
{
    public ServiceOptions Create(string name)
    {
        var failures = validators.Select(v => v.Validate(name, given)).Where(r => r.Failed).SelectMany(r => r.Failures ?? []).ToList();
        if (failures.Count > 0) throw new OptionsValidationException(name, typeof(ServiceOptions), failures);
        return given;
    }
}
