using MongoDB.Bson;

namespace ShopAnalytics.Schema;

/// <summary>
/// Turns the "details" of a DocumentValidationFailure (operatorName, schemaRulesNotSatisfied,
/// propertiesNotSatisfied, missingProperties, consideredValue ...) into one plain line per broken rule.
/// Shape: https://www.mongodb.com/docs/manual/core/schema-validation/view-validation-rules/ and
/// "Schema Validation Errors" in the manual.
/// </summary>
public static class SchemaErrorExplainer
{
    public static IReadOnlyList<string> Explain(BsonDocument details)
    {
        var lines = new List<string>();
        Walk(details, string.Empty, null, lines);
        return lines;
    }

    private static void Walk(BsonDocument node, string path, string? description, List<string> lines)
    {
        var op = node.GetValue("operatorName", string.Empty).ToString()!;
        var field = path.Length == 0 ? "the document" : path;
        var rule = description is null ? string.Empty : $" (rule: {description})";
        switch (op)
        {
            case "$jsonSchema" or "$and" or "allOf":
                foreach (var child in Children(node, "schemaRulesNotSatisfied").Concat(Children(node, "clausesNotSatisfied")))
                {
                    Walk(child, path, description, lines);
                }

                break;
            case "properties":
                foreach (var property in Children(node, "propertiesNotSatisfied"))
                {
                    var name = property.GetValue("propertyName", "?").ToString();
                    var childPath = path.Length == 0 ? name! : $"{path}.{name}";
                    var childDescription = property.TryGetValue("description", out var d) ? d.ToString() : null;
                    foreach (var child in Children(property, "details"))
                    {
                        Walk(child, childPath, childDescription, lines);
                    }
                }

                break;
            case "required":
                var missing = node.GetValue("missingProperties", new BsonArray()).AsBsonArray.Select(m => Join(path, m.ToString()!));
                lines.Add($"{string.Join(", ", missing)}: required but missing");
                break;
            case "bsonType" or "type":
                var expected = Specified(node, op);
                lines.Add($"{field}: expected {expected} but found {node.GetValue("consideredType", "?")} {Value(node)}{rule}");
                break;
            case "enum":
                lines.Add($"{field}: {Value(node)} is not one of {Specified(node, "enum")}{rule}");
                break;
            case "pattern":
                lines.Add($"{field}: {Value(node)} does not match the pattern {Specified(node, "pattern")}{rule}");
                break;
            case "minimum" or "exclusiveMinimum":
                lines.Add($"{field}: {Value(node)} is below the minimum {Specified(node, "minimum")}{rule}");
                break;
            case "maximum" or "exclusiveMaximum":
                lines.Add($"{field}: {Value(node)} is above the maximum {Specified(node, "maximum")}{rule}");
                break;
            case "additionalProperties":
                var extra = node.GetValue("additionalProperties", new BsonArray()).AsBsonArray.Select(a => a.ToString());
                lines.Add($"{field}: unexpected fields {string.Join(", ", extra)}");
                break;
            default:
                var reason = node.GetValue("reason", "failed").ToString();
                lines.Add($"{field}: {op} {reason}{rule}");
                break;
        }
    }

    private static IEnumerable<BsonDocument> Children(BsonDocument node, string name)
        => node.TryGetValue(name, out var value) && value is BsonArray array ? array.OfType<BsonDocument>() : [];

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    private static string Value(BsonDocument node)
        => node.TryGetValue("consideredValue", out var value) ? Show(value) : "the value";

    private static string Show(BsonValue value) => value switch
    {
        BsonString s => $"'{s.Value}'",
        BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128 => value.ToString()!,
        _ => value.ToJson(),
    };

    private static string Specified(BsonDocument node, string key)
        => node.TryGetValue("specifiedAs", out var s) && s is BsonDocument spec && spec.TryGetValue(key, out var v) ? (v is BsonString text ? text.Value : v.ToJson()) : key;
}
