using System.Text;
using OfficeDx.Fuzz.Mutators;
using OfficeDx.Fuzz.Targets;

namespace OfficeDx.Fuzz.Running;

/// <summary>Makes input number N of a run from the seed alone, so that any input can be made again (`input --seed S --index N`).</summary>
public sealed class InputGenerator(Corpus corpus, int seed)
{
    private static readonly (InputKind Kind, int Weight)[] Kinds =
    [
        (InputKind.Docx, 30), (InputKind.Xlsx, 22), (InputKind.Plan, 12), (InputKind.Terms, 6), (InputKind.Batch, 6),
        (InputKind.Fragment, 8), (InputKind.MeasureRequest, 8), (InputKind.TemplateRequest, 8), (InputKind.Text, 5), (InputKind.Profile, 5),
        (InputKind.Words, 8),
    ];

    /// <summary>The random source of input <paramref name="index"/>, the same in every process.</summary>
    public Random RandomFor(long index) => new((int)((seed * 0x9E3779B1L + index * 0x85EBCA6BL + 0x2545F491L) & 0x7FFFFFFF));

    public FuzzCase Create(long index)
    {
        var random = RandomFor(index);
        var kind = PickKind(random);
        var targets = TargetCatalog.Commands.Where(t => t.Kind == kind).Select(t => t.Name)
            .Concat(TargetCatalog.Endpoints.Where(t => t.Kind == kind).Select(t => t.Name)).ToList();
        var target = random.Pick(targets);
        if (TargetCatalog.Rare.Contains(target) && random.Next(10) > 0) target = random.Pick(targets.Where(t => !TargetCatalog.Rare.Contains(t)).ToList());
        var (seedName, bytes, mutation) = kind switch
        {
            InputKind.Docx => Package(random.Pick(corpus.Documents), spreadsheet: false, random),
            InputKind.Xlsx => Package(random.Pick(corpus.Workbooks), spreadsheet: true, random),
            InputKind.Plan => Json(random.Pick(corpus.Plans), random),
            InputKind.Terms => Json(new Seed("terms.json", corpus.Terms), random),
            InputKind.Batch => Batch(random),
            InputKind.Fragment => Fragment(random.Pick(corpus.Fragments), random),
            InputKind.MeasureRequest => Json(random.Pick(corpus.MeasureRequests), random),
            InputKind.Text => Text(random.Pick(corpus.Texts), random),
            InputKind.Profile => Json(random.Pick(corpus.Profiles), random),
            InputKind.Words => Words(random),
            _ => Json(random.Pick(corpus.TemplateRequests), random),
        };
        return new FuzzCase(index, kind, seedName, mutation, bytes, target);
    }

    private static InputKind PickKind(Random random)
    {
        var roll = random.Next(Kinds.Sum(k => k.Weight));
        foreach (var (kind, weight) in Kinds)
        {
            if (roll < weight) return kind;
            roll -= weight;
        }
        return InputKind.Docx;
    }

    private static (string, byte[], string) Package(Seed seed, bool spreadsheet, Random random)
    {
        var (bytes, mutation) = PackageMutator.Mutate(seed.Bytes, spreadsheet, random);
        return (seed.Name, bytes, mutation);
    }

    private static (string, byte[], string) Json(Seed seed, Random random)
    {
        var (bytes, mutation) = JsonMutator.Mutate(seed.Bytes, random);
        return (seed.Name, bytes, mutation);
    }

    private static (string, byte[], string) Text(Seed seed, Random random)
    {
        var (bytes, mutation) = TextMutator.Mutate(seed.Bytes, random);
        return (seed.Name, bytes, mutation);
    }

    private static (string, byte[], string) Words(Random random)
    {
        var (bytes, mutation) = HostileWords.Create(random);
        return ("words", bytes, mutation);
    }

    private static (string, byte[], string) Batch(Random random)
    {
        var (bytes, mutation) = BatchManifests.Create(random);
        return ("batch", bytes, mutation);
    }

    private static (string, byte[], string) Fragment(Seed seed, Random random)
    {
        var (xml, mutation) = XmlMutator.Mutate(Encoding.UTF8.GetString(seed.Bytes), "flat-opc", random);
        return (seed.Name, Encoding.UTF8.GetBytes(xml), mutation);
    }
}
