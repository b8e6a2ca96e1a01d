using EmbeddedMongo.Query.Matching;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Schema;

/// <summary>required: documents must have every listed field.</summary>
public sealed class RequiredKeyword(BsonArray specified, string[] names) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonDocument document)
        {
            return true;
        }

        BsonArray? missing = null;
        foreach (var name in names)
        {
            if (!document.Contains(name))
            {
                if (failures is null)
                {
                    return false;
                }

                (missing ??= []).Add(name);
            }
        }

        if (missing is null)
        {
            return true;
        }

        failures!.Add(new BsonDocument
        {
            { "operatorName", "required" },
            { "specifiedAs", new BsonDocument("required", specified) },
            { "missingProperties", missing },
        });
        return false;
    }
}

/// <summary>properties: each listed field, when present, satisfies its schema.</summary>
public sealed class PropertiesKeyword((string Name, JsonSchema Schema)[] properties) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonDocument document)
        {
            return true;
        }

        BsonArray? notSatisfied = null;
        foreach (var (name, schema) in properties)
        {
            if (!document.TryGetValue(name, out var field))
            {
                continue;
            }

            if (failures is null)
            {
                if (!schema.Validate(field, null))
                {
                    return false;
                }

                continue;
            }

            var details = new List<BsonDocument>();
            if (!schema.Validate(field, details))
            {
                (notSatisfied ??= []).Add(PropertyFailure(name, schema, details));
            }
        }

        if (notSatisfied is null)
        {
            return true;
        }

        failures!.Add(new BsonDocument
        {
            { "operatorName", "properties" },
            { "propertiesNotSatisfied", notSatisfied },
        });
        return false;
    }

    public static BsonDocument PropertyFailure(string name, JsonSchema schema, List<BsonDocument> details)
    {
        var entry = new BsonDocument("propertyName", name);
        if (schema.Description is { } description)
        {
            entry.Add("description", description);
        }

        entry.Add("details", new BsonArray(details));
        return entry;
    }
}

/// <summary>patternProperties: fields whose names match a pattern satisfy its schema.</summary>
public sealed class PatternPropertiesKeyword((RegexPredicate Pattern, JsonSchema Schema)[] patterns) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonDocument document)
        {
            return true;
        }

        BsonArray? notSatisfied = null;
        foreach (var element in document)
        {
            foreach (var (pattern, schema) in patterns)
            {
                if (!pattern.IsMatch(element.Name))
                {
                    continue;
                }

                var details = failures is null ? null : new List<BsonDocument>();
                if (!schema.Validate(element.Value, details))
                {
                    if (details is null)
                    {
                        return false;
                    }

                    var entry = PropertiesKeyword.PropertyFailure(element.Name, schema, details);
                    entry.InsertAt(1, new BsonElement("regexMatched", pattern.Pattern));
                    (notSatisfied ??= []).Add(entry);
                }
            }
        }

        if (notSatisfied is null)
        {
            return true;
        }

        failures!.Add(new BsonDocument
        {
            { "operatorName", "patternProperties" },
            { "details", notSatisfied },
        });
        return false;
    }
}

/// <summary>
/// additionalProperties: fields named neither in properties nor by a patternProperties pattern are
/// refused (false) or must satisfy a schema.
/// </summary>
public sealed class AdditionalPropertiesKeyword(HashSet<string> named, RegexPredicate[] patterns, bool allowed, JsonSchema? schema, BsonValue specified) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonDocument document)
        {
            return true;
        }

        BsonArray? extra = null;
        foreach (var element in document)
        {
            if (named.Contains(element.Name) || patterns.Any(p => p.IsMatch(element.Name)))
            {
                continue;
            }

            if (schema is not null)
            {
                var details = failures is null ? null : new List<BsonDocument>();
                if (schema.Validate(element.Value, details))
                {
                    continue;
                }

                if (details is null)
                {
                    return false;
                }

                failures!.Add(new BsonDocument
                {
                    { "operatorName", "additionalProperties" },
                    { "reason", "at least one additional property did not match the subschema" },
                    { "failingProperty", element.Name },
                    { "details", new BsonArray(details) },
                });
                return false;
            }

            if (!allowed)
            {
                if (failures is null)
                {
                    return false;
                }

                (extra ??= []).Add(element.Name);
            }
        }

        if (extra is null)
        {
            return true;
        }

        failures!.Add(new BsonDocument
        {
            { "operatorName", "additionalProperties" },
            { "specifiedAs", new BsonDocument("additionalProperties", specified) },
            { "additionalProperties", extra },
        });
        return false;
    }
}

/// <summary>minProperties/maxProperties: bounds on a document's field count.</summary>
public sealed class PropertyCountKeyword(string keyword, long limit) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonDocument document)
        {
            return true;
        }

        var ok = keyword == "minProperties" ? document.ElementCount >= limit : document.ElementCount <= limit;
        if (!ok)
        {
            var failure = Failure(keyword, limit, "specified number of properties was not satisfied", value);
            failure.Add("numberOfProperties", document.ElementCount);
            failures?.Add(failure);
        }

        return ok;
    }
}

/// <summary>dependencies: when a field is present, other fields must be too (array) or the document satisfies a schema.</summary>
public sealed class DependenciesKeyword((string Name, string[]? Fields, JsonSchema? Schema)[] dependencies, BsonDocument specified) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonDocument document)
        {
            return true;
        }

        foreach (var (name, fields, schema) in dependencies)
        {
            if (!document.Contains(name))
            {
                continue;
            }

            var ok = fields?.All(document.Contains) ?? schema!.Validate(document, null);
            if (!ok)
            {
                failures?.Add(new BsonDocument
                {
                    { "operatorName", "dependencies" },
                    { "specifiedAs", new BsonDocument("dependencies", specified) },
                    { "failingDependency", name },
                });
                return false;
            }
        }

        return true;
    }
}
