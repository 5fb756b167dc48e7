using Mono.Cecil;
using Mono.Cecil.Cil;

namespace OfficeDx.Documents.Tests.Architecture;

/// <summary>Which namespaces of an assembly refer to which, read from signatures and method bodies (IL), with one example type per edge.</summary>
internal sealed class NamespaceDependencies
{
    private readonly Dictionary<(string From, string To), string> _edges = [];

    private NamespaceDependencies() { }

    public IEnumerable<(string From, string To)> Edges => _edges.Keys;

    /// <summary>An example of the edge: "Type -> Type", for failure messages.</summary>
    public string Example(string from, string to) => _edges[(from, to)];

    public IEnumerable<string> Targets(string from) => _edges.Keys.Where(e => e.From == from).Select(e => e.To);

    /// <summary>The dependencies among namespaces starting with <paramref name="prefix"/> in the assembly at <paramref name="path"/>.</summary>
    public static NamespaceDependencies Read(string path, string prefix)
    {
        var graph = new NamespaceDependencies();
        using var assembly = AssemblyDefinition.ReadAssembly(path);
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = NamespaceOf(type);
            if (!InScope(from, prefix)) continue;
            foreach (var reference in References(type).SelectMany(Unwrap))
            {
                var to = NamespaceOf(reference);
                if (to != from && InScope(to, prefix)) graph._edges.TryAdd((from, to), $"{Outermost(type).FullName} -> {Outermost(reference).FullName}");
            }
        }
        return graph;
    }

    private static bool InScope(string ns, string prefix) => ns == prefix || ns.StartsWith(prefix + ".", StringComparison.Ordinal);

    private static TypeReference Outermost(TypeReference type)
    {
        while (type.DeclaringType is not null) type = type.DeclaringType;
        return type;
    }

    private static string NamespaceOf(TypeReference type) => Outermost(type).Namespace;

    private static IEnumerable<TypeReference> References(TypeDefinition type)
    {
        if (type.BaseType is not null) yield return type.BaseType;
        foreach (var item in type.Interfaces) yield return item.InterfaceType;
        foreach (var attribute in type.CustomAttributes) yield return attribute.AttributeType;
        foreach (var field in type.Fields) yield return field.FieldType;
        foreach (var property in type.Properties) yield return property.PropertyType;
        foreach (var method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (var parameter in method.Parameters) yield return parameter.ParameterType;
            if (!method.HasBody) continue;
            foreach (var variable in method.Body.Variables) yield return variable.VariableType;
            foreach (var instruction in method.Body.Instructions)
                foreach (var reference in OperandTypes(instruction)) yield return reference;
        }
    }

    private static IEnumerable<TypeReference> OperandTypes(Instruction instruction)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                yield return type;
                break;
            case MethodReference method:
                yield return method.DeclaringType;
                yield return method.ReturnType;
                foreach (var parameter in method.Parameters) yield return parameter.ParameterType;
                if (method is GenericInstanceMethod generic)
                    foreach (var argument in generic.GenericArguments) yield return argument;
                break;
            case FieldReference field:
                yield return field.DeclaringType;
                yield return field.FieldType;
                break;
        }
    }

    /// <summary>Generic instances, arrays and by-ref types stand for their element and argument types.</summary>
    private static IEnumerable<TypeReference> Unwrap(TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                foreach (var part in Unwrap(generic.ElementType)) yield return part;
                foreach (var argument in generic.GenericArguments)
                    foreach (var part in Unwrap(argument)) yield return part;
                break;
            case TypeSpecification specification:
                foreach (var part in Unwrap(specification.ElementType)) yield return part;
                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }
}
