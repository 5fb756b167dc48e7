using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OfficeDx.Core.Json;

/// <summary>
/// Refuses <c>null</c> as an element of a list property (<c>"measures": [{…}, null]</c>, <c>"targets": [null]</c>, <c>"jobs": [null]</c>):
/// nullable annotations cover properties, not their elements, and a null element would surface later as a NullReferenceException.
/// Checked as the list is set, so the serializer's own path (<c>$.areas[0].measures</c>) and line go with the message, which names the index.
/// </summary>
public static class NullElements
{
    /// <summary>A <see cref="DefaultJsonTypeInfoResolver"/> modifier.</summary>
    public static void Refuse(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is not { } set || !IsListOfReferences(property.PropertyType)) continue;
            property.Set = (target, value) =>
            {
                if (value is IEnumerable items)
                {
                    var index = 0;
                    foreach (var item in items)
                    {
                        if (item is null)
                            throw new JsonException($"配列の {index + 1} 番目の要素（[{index}]）が null です。null は使えません。値を書くか、要素ごと削除してください。");
                        index++;
                    }
                }
                set(target, value);
            };
        }
    }

    private static bool IsListOfReferences(Type type)
    {
        if (type == typeof(string)) return false;
        var element = type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments() is [var only] && typeof(IEnumerable).IsAssignableFrom(type) ? only
            : null;
        return element is { IsValueType: false };
    }
}
