using OfficeDx.Documents.Writing;

namespace OfficeDx.Documents.Tests.Architecture;

[TestClass]
public sealed class NamespaceDependencyTests
{
    private const string Root = "OfficeDx.Documents";
    private const string Ooxml = Root + ".Ooxml";
    private static readonly string[] Features = ["Writing", "Reading", "Glossary", "Import", "Excel", "Revisions", "Reports"];

    private static readonly Lazy<NamespaceDependencies> Graph =
        new(() => NamespaceDependencies.Read(typeof(PlanDocumentWriter).Assembly.Location, Root));

    [TestMethod]
    public void DocumentsNamespacesFormNoCycle()
    {
        var cycles = NamespaceCycles.Find(Graph.Value.Edges);
        Assert.IsEmpty(cycles, "名前空間の循環参照があります:" + Environment.NewLine + string.Join(Environment.NewLine, cycles.Select(Describe)));
    }

    [TestMethod]
    public void OoxmlDependsOnNoFeatureNamespace()
    {
        var features = Features.Select(f => $"{Root}.{f}").ToHashSet(StringComparer.Ordinal);
        var wrong = Graph.Value.Targets(Ooxml).Where(features.Contains).Select(to => Graph.Value.Example(Ooxml, to)).ToList();
        Assert.IsEmpty(wrong, "Ooxml は機能の名前空間を参照してはいけません:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

    [TestMethod]
    [DataRow("Glossary", "Writing")]
    [DataRow("Glossary", "Reading")]
    [DataRow("Import", "Reading")]
    [DataRow("Import", "Writing")]
    [DataRow("Writing", "Reading")]
    [DataRow("Reading", "Writing")]
    public void DependenciesRunOneWay(string from, string to)
    {
        var edge = ($"{Root}.{from}", $"{Root}.{to}");
        Assert.DoesNotContain(edge, Graph.Value.Edges.ToList(), Graph.Value.Edges.Contains(edge) ? Graph.Value.Example(edge.Item1, edge.Item2) : "");
    }

    [TestMethod]
    public void TheGraphSeesReferencesInsideMethodBodies()
    {
        // Writing calls Glossary only from a method body (GlossaryEditor.Apply); a signature-only reader would miss it.
        CollectionAssert.Contains(Graph.Value.Edges.ToList(), ($"{Root}.Writing", $"{Root}.Glossary"));
        CollectionAssert.Contains(Graph.Value.Edges.ToList(), ($"{Root}.Reading", $"{Root}.Import"));
    }

    [TestMethod]
    public void CycleFinderReportsEveryCycleAndNothingElse()
    {
        (string, string)[] edges = [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e"), ("e", "d"), ("f", "a")];
        var cycles = NamespaceCycles.Find(edges).Select(c => string.Join(",", c)).Order(StringComparer.Ordinal).ToList();
        CollectionAssert.AreEqual(new[] { "a,b,c", "d,e" }, cycles);
        Assert.IsEmpty(NamespaceCycles.Find([("a", "b"), ("b", "c"), ("a", "c")]));
    }

    private static string Describe(IReadOnlyList<string> cycle)
    {
        var members = cycle.ToHashSet(StringComparer.Ordinal);
        return string.Join(", ", cycle) + Environment.NewLine + string.Join(Environment.NewLine,
            Graph.Value.Edges.Where(e => members.Contains(e.From) && members.Contains(e.To)).Select(e => "  " + Graph.Value.Example(e.From, e.To)));
    }
}
