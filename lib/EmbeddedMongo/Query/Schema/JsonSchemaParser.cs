using EmbeddedMongo.Commands;
using EmbeddedMongo.Query.Matching;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Schema;

/// <summary>
/// Parses $jsonSchema documents ("$jsonSchema" in the manual: MongoDB's subset of JSON Schema
/// draft 4 plus bsonType). Keywords come from a sorted table; unsupported ones are refused as the
/// server refuses them.
/// </summary>
public static class JsonSchemaParser
{
    private delegate SchemaKeyword? KeywordParse(BsonValue argument, BsonDocument schema);

    private static readonly SortedDictionary<string, KeywordParse> Keywords = new(StringComparer.Ordinal)
    {
        ["additionalItems"] = (_, _) => null,
        ["additionalProperties"] = ParseAdditionalProperties,
        ["allOf"] = (arg, _) => new LogicalKeyword("allOf", SchemaList("allOf", arg), arg),
        ["anyOf"] = (arg, _) => new LogicalKeyword("anyOf", SchemaList("anyOf", arg), arg),
        ["bsonType"] = (arg, schema) => ParseType("bsonType", arg, schema),
        ["dependencies"] = ParseDependencies,
        ["description"] = (arg, _) => arg is BsonString ? null : throw Errors.TypeMismatch("$jsonSchema keyword 'description' must be a string"),
        ["enum"] = (arg, _) => arg is BsonArray { Count: > 0 } values
            ? new EnumKeyword(values)
            : throw Errors.FailedToParse("$jsonSchema keyword 'enum' must be a non-empty array"),
        ["exclusiveMaximum"] = (arg, schema) => Exclusive("exclusiveMaximum", "maximum", arg, schema),
        ["exclusiveMinimum"] = (arg, schema) => Exclusive("exclusiveMinimum", "minimum", arg, schema),
        ["items"] = ParseItems,
        ["maxItems"] = (arg, _) => new ItemCountKeyword("maxItems", NonNegative("maxItems", arg)),
        ["maxLength"] = (arg, _) => new LengthKeyword("maxLength", NonNegative("maxLength", arg)),
        ["maxProperties"] = (arg, _) => new PropertyCountKeyword("maxProperties", NonNegative("maxProperties", arg)),
        ["maximum"] = (arg, schema) => new BoundKeyword("maximum", Number("maximum", arg), schema.GetValue("exclusiveMaximum", false).ToBoolean()),
        ["minItems"] = (arg, _) => new ItemCountKeyword("minItems", NonNegative("minItems", arg)),
        ["minLength"] = (arg, _) => new LengthKeyword("minLength", NonNegative("minLength", arg)),
        ["minProperties"] = (arg, _) => new PropertyCountKeyword("minProperties", NonNegative("minProperties", arg)),
        ["minimum"] = (arg, schema) => new BoundKeyword("minimum", Number("minimum", arg), schema.GetValue("exclusiveMinimum", false).ToBoolean()),
        ["not"] = (arg, _) => new LogicalKeyword("not", [Parse(SubSchema("not", arg))], arg),
        ["oneOf"] = (arg, _) => new LogicalKeyword("oneOf", SchemaList("oneOf", arg), arg),
        ["pattern"] = (arg, _) => arg is BsonString s ? new PatternKeyword(s.Value) : throw Errors.TypeMismatch("$jsonSchema keyword 'pattern' must be a string"),
        ["patternProperties"] = (arg, _) => new PatternPropertiesKeyword(PatternSchemas(arg)),
        ["properties"] = (arg, _) => new PropertiesKeyword(SubSchema("properties", arg).Select(e => (e.Name, Parse(SubSchema(e.Name, e.Value)))).ToArray()),
        ["required"] = ParseRequired,
        ["title"] = (arg, _) => arg is BsonString ? null : throw Errors.TypeMismatch("$jsonSchema keyword 'title' must be a string"),
        ["type"] = (arg, schema) => ParseType("type", arg, schema),
        ["uniqueItems"] = (arg, _) => arg is BsonBoolean b ? new UniqueItemsKeyword(b.Value) : throw Errors.TypeMismatch("$jsonSchema keyword 'uniqueItems' must be a boolean"),
    };

    private static readonly HashSet<string> Unsupported = new(StringComparer.Ordinal) { "$ref", "$schema", "default", "definitions", "format", "id" };

    private static readonly Dictionary<string, BsonType[]> JsonTypes = new(StringComparer.Ordinal)
    {
        ["array"] = [BsonType.Array],
        ["boolean"] = [BsonType.Boolean],
        ["null"] = [BsonType.Null],
        ["number"] = BsonTypeNames.NumberTypes,
        ["object"] = [BsonType.Document],
        ["string"] = [BsonType.String],
    };

    public static JsonSchema Parse(BsonDocument schema)
    {
        var keywords = new List<SchemaKeyword>();
        foreach (var element in schema)
        {
            if (Unsupported.Contains(element.Name))
            {
                throw Errors.FailedToParse($"$jsonSchema keyword '{element.Name}' is not currently supported");
            }

            if (!Keywords.TryGetValue(element.Name, out var parse))
            {
                throw Errors.FailedToParse($"Unknown $jsonSchema keyword: {element.Name}");
            }

            if (parse(element.Value, schema) is { } keyword)
            {
                keywords.Add(keyword);
            }
        }

        return new JsonSchema(keywords.ToArray(), schema);
    }

    private static BsonDocument SubSchema(string keyword, BsonValue argument)
        => argument as BsonDocument ?? throw Errors.TypeMismatch($"$jsonSchema keyword '{keyword}' must be an object");

    private static JsonSchema[] SchemaList(string keyword, BsonValue argument)
    {
        if (argument is not BsonArray { Count: > 0 } array)
        {
            throw Errors.FailedToParse($"$jsonSchema keyword '{keyword}' must be a nonempty array");
        }

        return array.Select(item => Parse(item as BsonDocument ?? throw Errors.TypeMismatch($"$jsonSchema keyword '{keyword}' must be an array of objects, but found an element of type {CommandArgs.TypeName(item)}"))).ToArray();
    }

    private static BsonValue Number(string keyword, BsonValue argument)
        => BsonOrder.IsNumber(argument) ? argument : throw Errors.TypeMismatch($"$jsonSchema keyword '{keyword}' must be a number");

    private static long NonNegative(string keyword, BsonValue argument)
    {
        if (!BsonOrder.IsNumber(argument))
        {
            throw Errors.TypeMismatch($"$jsonSchema keyword '{keyword}' must be a number");
        }

        var d = Numeric.ToDouble(argument);
        if (d < 0 || d != Math.Floor(d))
        {
            throw Errors.FailedToParse($"$jsonSchema keyword '{keyword}' must be a non-negative integral number");
        }

        return (long)Math.Min(d, long.MaxValue);
    }

    private static SchemaKeyword? Exclusive(string keyword, string bound, BsonValue argument, BsonDocument schema)
    {
        if (argument is not BsonBoolean)
        {
            throw Errors.TypeMismatch($"$jsonSchema keyword '{keyword}' must be a boolean");
        }

        return schema.Contains(bound) ? null : throw Errors.FailedToParse($"$jsonSchema keyword '{bound}' must be a present if {keyword} is present");
    }

    private static TypeKeyword ParseType(string keyword, BsonValue argument, BsonDocument schema)
    {
        if (schema.Contains("type") && schema.Contains("bsonType"))
        {
            throw Errors.FailedToParse("Cannot specify both $jsonSchema keywords 'type' and 'bsonType'");
        }

        var names = argument switch
        {
            BsonString s => [s.Value],
            BsonArray { Count: > 0 } array when array.All(a => a is BsonString) => array.Select(a => a.AsString).ToArray(),
            _ => throw Errors.TypeMismatch($"$jsonSchema keyword '{keyword}' must be either a string or an array of strings"),
        };
        var types = new HashSet<BsonType>();
        foreach (var name in names)
        {
            if (keyword == "type")
            {
                if (name == "integer")
                {
                    throw Errors.FailedToParse("$jsonSchema type 'integer' is not currently supported.");
                }

                types.UnionWith(JsonTypes.TryGetValue(name, out var jsonTypes) ? jsonTypes : throw Errors.BadValue($"Unknown type name alias: {name}"));
            }
            else if (name == "number")
            {
                types.UnionWith(BsonTypeNames.NumberTypes);
            }
            else
            {
                types.Add(BsonTypeNames.TryGetByName(name, out var type) ? type : throw Errors.BadValue($"Unknown type name alias: {name}"));
            }
        }

        return new TypeKeyword(keyword, argument, types);
    }

    private static RequiredKeyword ParseRequired(BsonValue argument, BsonDocument schema)
    {
        if (argument is not BsonArray array)
        {
            throw Errors.TypeMismatch("$jsonSchema keyword 'required' must be an array");
        }

        if (array.Count == 0)
        {
            throw Errors.FailedToParse("$jsonSchema keyword 'required' cannot be an empty array");
        }

        var names = array.Select(a => a as BsonString is { } s ? s.Value : throw Errors.TypeMismatch("$jsonSchema keyword 'required' must contain only strings")).ToArray();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw Errors.FailedToParse("$jsonSchema keyword 'required' array cannot contain duplicate values");
        }

        return new RequiredKeyword(array, names);
    }

    private static (RegexPredicate, JsonSchema)[] PatternSchemas(BsonValue argument)
        => SubSchema("patternProperties", argument).Select(e => (new RegexPredicate(e.Name, string.Empty), Parse(SubSchema(e.Name, e.Value)))).ToArray();

    private static AdditionalPropertiesKeyword ParseAdditionalProperties(BsonValue argument, BsonDocument schema)
    {
        var named = schema.GetValue("properties", new BsonDocument()) is BsonDocument properties
            ? properties.Names.ToHashSet(StringComparer.Ordinal)
            : [];
        var patterns = schema.GetValue("patternProperties", new BsonDocument()) is BsonDocument patternDoc
            ? patternDoc.Names.Select(n => new RegexPredicate(n, string.Empty)).ToArray()
            : [];
        return argument switch
        {
            BsonBoolean b => new AdditionalPropertiesKeyword(named, patterns, b.Value, null, argument),
            BsonDocument sub => new AdditionalPropertiesKeyword(named, patterns, true, Parse(sub), argument),
            _ => throw Errors.TypeMismatch("$jsonSchema keyword 'additionalProperties' must be either an object or a boolean"),
        };
    }

    private static ItemsKeyword ParseItems(BsonValue argument, BsonDocument schema)
    {
        var additional = schema.GetValue("additionalItems", true);
        var additionalSchema = additional is BsonDocument a ? Parse(a) : null;
        if (additional is not (BsonBoolean or BsonDocument))
        {
            throw Errors.TypeMismatch("$jsonSchema keyword 'additionalItems' must be either an object or a boolean");
        }

        return argument switch
        {
            BsonDocument each => new ItemsKeyword(Parse(each), null, true, null),
            BsonArray list => new ItemsKeyword(null, SchemaList("items", list), additional is not BsonBoolean { Value: false }, additionalSchema),
            _ => throw Errors.TypeMismatch("$jsonSchema keyword 'items' must be an array or an object"),
        };
    }

    private static DependenciesKeyword ParseDependencies(BsonValue argument, BsonDocument schema)
    {
        var specified = SubSchema("dependencies", argument);
        var dependencies = specified.Select(e => e.Value switch
        {
            BsonArray fields => (e.Name, fields.Select(f => f.AsString).ToArray(), (JsonSchema?)null),
            BsonDocument sub => (e.Name, (string[]?)null, Parse(sub)),
            _ => throw Errors.TypeMismatch($"property '{e.Name}' in $jsonSchema keyword 'dependencies' must be either an object or an array"),
        }).ToArray();
        return new DependenciesKeyword(dependencies, specified);
    }
}
