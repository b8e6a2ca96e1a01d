using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// Validates one createIndexes specification and brings it to the form listIndexes shows
/// ({v: 2, key, name, options...}), with MongoDB's errors: 67 CannotCreateIndex for a bad key
/// pattern, 197 InvalidIndexSpecificationOption for an unknown field.
/// </summary>
public static class IndexSpec
{
    private static readonly HashSet<string> KnownFields = new(StringComparer.Ordinal)
    {
        "key", "name", "v", "unique", "sparse", "partialFilterExpression", "background", "expireAfterSeconds",
        "hidden", "collation", "storageEngine", "weights", "default_language", "language_override",
        "textIndexVersion", "2dsphereIndexVersion", "bits", "min", "max", "bucketSize", "wildcardProjection",
        "ns", "dropDups", "prepareUnique", "clustered",
    };

    private static readonly HashSet<string> SpecialTypes = new(StringComparer.Ordinal)
    {
        "text", "2d", "2dsphere", "2dsphere_bucket", "hashed", "geoHaystack", "columnstore",
    };

    /// <summary>Fields that are not options of the index's identity (ignored when comparing).</summary>
    private static readonly HashSet<string> NonIdentifying = new(StringComparer.Ordinal) { "v", "key", "name", "background", "ns" };

    public static BsonDocument Normalize(BsonValue value)
    {
        if (value is not BsonDocument spec)
        {
            throw CommandArgs.WrongType("createIndexes", "indexes", value, "object");
        }

        foreach (var element in spec)
        {
            if (!KnownFields.Contains(element.Name))
            {
                throw Errors.InvalidIndexSpecificationOption($"The field '{element.Name}' is not valid for an index specification. Specification: {spec}");
            }
        }

        if (!spec.TryGetValue("key", out var keyValue))
        {
            throw Errors.FailedToParse($"Error in specification {spec} :: caused by :: The 'key' field is a required property of an index specification");
        }

        if (keyValue is not BsonDocument key)
        {
            throw Errors.TypeMismatch($"Error in specification {spec} :: caused by :: The field 'key' must be an object, but got {CommandArgs.TypeName(keyValue)}");
        }

        CheckKeyPattern(spec, key);
        var name = spec.TryGetValue("name", out var nameValue) ? nameValue : DefaultName(key);
        if (name is not BsonString { Value.Length: > 0 } nameString)
        {
            throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: The field 'name' must be a non-empty string");
        }

        if (spec.Contains("sparse") && spec.Contains("partialFilterExpression"))
        {
            throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: cannot mix \"partialFilterExpression\" and \"sparse\" options");
        }

        if (spec.TryGetValue("collation", out var collation) && !(collation is BsonDocument c && c.GetValue("locale", "simple") == "simple"))
        {
            throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: collations other than 'simple' are not supported by the embedded server");
        }

        var normalized = new BsonDocument { { "v", 2 }, { "key", key }, { "name", nameString } };
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "key" or "name" or "v" or "background" or "ns" or "collation":
                    break;
                case "unique" or "sparse" or "hidden":
                    if (element.Value.ToBoolean())
                    {
                        normalized[element.Name] = true;
                    }

                    break;
                case "partialFilterExpression":
                    if (element.Value is not BsonDocument pfe)
                    {
                        throw Errors.TypeMismatch($"Error in specification {spec} :: caused by :: The field 'partialFilterExpression' must be an object, but got {CommandArgs.TypeName(element.Value)}");
                    }

                    Filter.Parse(pfe);
                    normalized[element.Name] = pfe;
                    break;
                case "expireAfterSeconds":
                    if (!BsonOrder.IsNumber(element.Value) || Numeric.ToDouble(element.Value) < 0)
                    {
                        throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: TTL index 'expireAfterSeconds' option must be a non-negative number");
                    }

                    normalized[element.Name] = (int)Numeric.ToDouble(element.Value);
                    break;
                default:
                    normalized[element.Name] = element.Value;
                    break;
            }
        }

        return normalized;
    }

    /// <summary>MongoDB's generated name: field_direction joined by underscores (a_1_b_-1).</summary>
    public static string DefaultName(BsonDocument key)
        => string.Join("_", key.Select(e => e.Name + "_" + (e.Value is BsonString s ? s.Value : FormatNumber(e.Value))));

    private static string FormatNumber(BsonValue value)
    {
        var d = Numeric.ToDouble(value);
        return d == Math.Floor(d) ? ((long)d).ToString(System.Globalization.CultureInfo.InvariantCulture) : d.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether two normalized specs carry the same options (everything but v, key and name).</summary>
    public static bool SameOptions(BsonDocument a, BsonDocument b)
    {
        var left = a.Where(e => !NonIdentifying.Contains(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var right = b.Where(e => !NonIdentifying.Contains(e.Name)).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        return left.Count == right.Count && left.Zip(right).All(p => p.First.Name == p.Second.Name && p.First.Value.Equals(p.Second.Value));
    }

    private static void CheckKeyPattern(BsonDocument spec, BsonDocument key)
    {
        if (key.ElementCount == 0)
        {
            throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: Index keys cannot be empty.");
        }

        foreach (var element in key)
        {
            if (element.Name.Length == 0 || element.Name.StartsWith('$') || element.Name.Split('.').Any(p => p.Length == 0))
            {
                throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: Index key contains an illegal field name: '{element.Name}'.");
            }

            switch (element.Value)
            {
                case var v when BsonOrder.IsNumber(v):
                    var d = Numeric.ToDouble(v);
                    if (d == 0 || double.IsNaN(d))
                    {
                        throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: Values in v:2 index key pattern cannot be 0.");
                    }

                    break;
                case BsonString s when SpecialTypes.Contains(s.Value):
                    throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: index type '{s.Value}' is not supported by the embedded server");
                case BsonString s:
                    throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: Unknown index plugin '{s.Value}'");
                default:
                    throw Errors.CannotCreateIndex($"Error in specification {spec} :: caused by :: Values in v:2 index key pattern cannot be of type {CommandArgs.TypeName(element.Value)}. Only numbers > 0, numbers < 0, and strings are allowed.");
            }
        }
    }

    /// <summary>A new index over a normalized spec.</summary>
    public static IndexStore Build(BsonDocument normalized)
        => new(normalized["name"].AsString, normalized["key"].AsBsonDocument, normalized);
}
