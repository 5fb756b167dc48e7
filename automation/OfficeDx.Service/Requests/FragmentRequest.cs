using OfficeDx.Documents.Profiles;

namespace OfficeDx.Service.Requests;

/// <summary>A flat-OPC fragment sent back by the add-in (what Word's getOoxml returned), and the profile to read it with.</summary>
public sealed record FragmentRequest
{
    public string Profile { get; init; } = ProfileLibrary.Default;
    public string Ooxml { get; init; } = "";
}
