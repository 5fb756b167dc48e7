namespace OfficeDx.Fuzz.Running;

/// <summary>One generated input: its number in the run, what it is, the seed it came from, how it was mutated, and the entry point it goes to.</summary>
public sealed record FuzzCase(long Index, InputKind Kind, string SeedName, string Mutation, byte[] Bytes, string Target)
{
    public override string ToString() => $"#{Index} {Kind} {Target} ← {SeedName}: {Mutation}";
}
