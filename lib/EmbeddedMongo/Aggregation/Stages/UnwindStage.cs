using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $unwind: one output document per element of the array at a path. A non-array value counts as
/// a one-element array; null, missing and empty arrays drop the document unless
/// preserveNullAndEmptyArrays (then an empty array's field is removed, null is kept).
/// </summary>
public sealed class UnwindStage : IPipelineStage
{
    private UnwindStage(string path, string? indexField, bool preserve)
    {
        Path = path;
        Parts = path.Split('.');
        IndexField = indexField is null ? null : FieldNames.Split(indexField);
        Preserve = preserve;
    }

    public string Name => "$unwind";

    /// <summary>The unwound path without its '$'.</summary>
    public string Path { get; }

    public string[] Parts { get; }

    public string[]? IndexField { get; }

    public bool Preserve { get; }

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        BsonValue? path = null;
        string? indexField = null;
        var preserve = false;
        switch (spec)
        {
            case BsonString:
                path = spec;
                break;
            case BsonDocument options:
                foreach (var element in options)
                {
                    switch (element.Name)
                    {
                        case "path":
                            path = element.Value;
                            break;
                        case "includeArrayIndex":
                            if (element.Value is not BsonString { Value.Length: > 0 } index)
                            {
                                throw Errors.Location(28810, $"expected a non-empty string for the includeArrayIndex option to $unwind stage, got {CommandArgs.TypeName(element.Value)}");
                            }

                            if (index.Value[0] == '$')
                            {
                                throw Errors.Location(28822, $"includeArrayIndex option to $unwind stage should not be prefixed with a '$': {index.Value}");
                            }

                            indexField = index.Value;
                            break;
                        case "preserveNullAndEmptyArrays":
                            preserve = element.Value is BsonBoolean b
                                ? b.Value
                                : throw Errors.Location(28809, $"expected a boolean for the preserveNullAndEmptyArrays option to $unwind stage, got {CommandArgs.TypeName(element.Value)}");
                            break;
                        default:
                            throw Errors.Location(28811, $"unrecognized option to $unwind stage: {element.Name}");
                    }
                }

                if (path is null)
                {
                    throw Errors.Location(28812, "no path specified to $unwind stage");
                }

                break;
            default:
                throw Errors.Location(15981, $"expected either a string or an object as specification for $unwind stage, got {CommandArgs.TypeName(spec)}");
        }

        if (path is not BsonString pathString)
        {
            throw Errors.Location(28808, $"expected a string as the path for $unwind stage, got {CommandArgs.TypeName(path)}");
        }

        if (pathString.Value.Length == 0 || pathString.Value[0] != '$')
        {
            throw Errors.Location(28818, $"path option to $unwind stage should be prefixed with a '$': {pathString.Value}");
        }

        var field = pathString.Value[1..];
        FieldNames.Split(field);
        return new UnwindStage(field, indexField, preserve);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        foreach (var document in input)
        {
            foreach (var output in Unwind(document, DocumentPaths.Get(document, Parts)))
            {
                yield return output;
            }
        }
    }

    /// <summary>The documents one input gives for the value found at the path (also used by $lookup's absorbed unwind).</summary>
    public IEnumerable<BsonDocument> Unwind(BsonDocument document, BsonValue? value)
    {
        switch (value)
        {
            case BsonArray { Count: > 0 } array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return With(document, array[i], new BsonInt64(i));
                }

                break;
            case BsonArray:
                if (Preserve)
                {
                    yield return With(document, null, BsonNull.Value);
                }

                break;
            case null or BsonNull or BsonUndefined:
                if (Preserve)
                {
                    yield return IndexField is null ? document : With(document, value, BsonNull.Value);
                }

                break;
            default:
                yield return IndexField is null ? document : With(document, value, BsonNull.Value);
                break;
        }
    }

    private BsonDocument With(BsonDocument document, BsonValue? element, BsonValue index)
    {
        var output = DocumentPaths.ShallowCopy(document);
        DocumentPaths.Set(output, Parts, 0, element);
        if (IndexField is not null)
        {
            DocumentPaths.Set(output, IndexField, 0, index);
        }

        return output;
    }
}
