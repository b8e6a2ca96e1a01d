using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $fill: fills null and missing fields, per partition (partitionBy or partitionByFields) in
/// sortBy order: {value: expr} with an expression's value, {method: "locf"} with the last value
/// seen, {method: "linear"} by linear interpolation on the single sortBy field.
/// </summary>
public sealed class FillStage : IPipelineStage
{
    private readonly Expression? partitionBy;
    private readonly string[][] partitionFields;
    private readonly SortSpec? sortBy;
    private readonly string? sortField;
    private readonly (string[] Path, Expression? Value, string? Method)[] outputs;

    private FillStage(Expression? partitionBy, string[][] partitionFields, SortSpec? sortBy, string? sortField, (string[], Expression?, string?)[] outputs)
    {
        this.partitionBy = partitionBy;
        this.partitionFields = partitionFields;
        this.sortBy = sortBy;
        this.sortField = sortField;
        this.outputs = outputs;
    }

    public string Name => "$fill";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw CommandArgs.WrongType("$fill", "$fill", spec, "object");
        }

        Expression? partitionBy = null;
        var partitionFields = new List<string[]>();
        BsonDocument? sortSpec = null;
        BsonDocument? outputSpec = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "partitionBy":
                    partitionBy = Expression.Parse(element.Value);
                    break;
                case "partitionByFields":
                    var list = element.Value as BsonArray ?? throw CommandArgs.WrongType("$fill", "partitionByFields", element.Value, "array");
                    foreach (var item in list)
                    {
                        partitionFields.Add(FieldNames.Split(item is BsonString s ? s.Value : throw CommandArgs.WrongType("$fill", "partitionByFields", item, "string")));
                    }

                    break;
                case "sortBy":
                    sortSpec = element.Value as BsonDocument ?? throw CommandArgs.WrongType("$fill", "sortBy", element.Value, "object");
                    break;
                case "output":
                    outputSpec = element.Value as BsonDocument ?? throw CommandArgs.WrongType("$fill", "output", element.Value, "object");
                    break;
                default:
                    throw Errors.Location(40415, $"BSON field '$fill.{element.Name}' is an unknown field.");
            }
        }

        if (outputSpec is null)
        {
            throw Errors.Location(40414, "BSON field '$fill.output' is missing but a required field");
        }

        if (partitionBy is not null && partitionFields.Count > 0)
        {
            throw Errors.Location(6050204, "Maximum one of 'partitionBy' and 'partitionByFields' can be specified in '$fill'");
        }

        var outputs = new List<(string[], Expression?, string?)>();
        foreach (var element in outputSpec)
        {
            if (element.Value is not BsonDocument { ElementCount: 1 } how)
            {
                throw Errors.Location(6050203, $"Exactly one of 'value' or 'method' must be specified per output field in '$fill', found {element.Value}");
            }

            var first = how.GetElement(0);
            switch (first.Name)
            {
                case "value":
                    outputs.Add((FieldNames.Split(element.Name), Expression.Parse(first.Value), null));
                    break;
                case "method" when first.Value is BsonString { Value: "locf" or "linear" } method:
                    if (sortSpec is null)
                    {
                        throw Errors.Location(6050201, $"Method '{method.Value}' requires a sortBy field in '$fill'");
                    }

                    if (method.Value == "linear" && sortSpec.ElementCount != 1)
                    {
                        throw Errors.Location(605001, "$linearFill requires exactly one sortBy field");
                    }

                    outputs.Add((FieldNames.Split(element.Name), null, method.Value));
                    break;
                case "method":
                    throw Errors.Location(6050202, $"Method must be either 'locf' or 'linear', found {first.Value}");
                default:
                    throw Errors.Location(40415, $"BSON field '$fill.output.{first.Name}' is an unknown field.");
            }
        }

        var sortBy = sortSpec is null ? null : ((SortStage)SortStage.Parse(sortSpec, where)).Sort;
        var sortField = sortSpec is { ElementCount: 1 } ? sortSpec.GetElement(0).Name : null;
        return new FillStage(partitionBy, partitionFields.ToArray(), sortBy, sortField, outputs.ToArray());
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        var rows = new List<(BsonValue Key, BsonDocument Document, long Seq)>();
        var seq = 0L;
        foreach (var document in input)
        {
            rows.Add((PartitionKey(document, evaluation), document, seq++));
        }

        var partitioned = partitionBy is not null || partitionFields.Length > 0;
        if (partitioned || sortBy is not null)
        {
            rows.Sort((a, b) =>
            {
                var c = partitioned ? BsonOrder.CompareValues(a.Key, b.Key) : 0;
                if (c == 0 && sortBy is not null)
                {
                    c = sortBy.Compare(a.Document, b.Document);
                }

                return c != 0 ? c : a.Seq.CompareTo(b.Seq);
            });
        }

        var start = 0;
        while (start < rows.Count)
        {
            var end = start + 1;
            while (end < rows.Count && (!partitioned || BsonOrder.CompareValues(rows[end].Key, rows[start].Key) == 0))
            {
                end++;
            }

            var partition = rows.GetRange(start, end - start).ConvertAll(r => DocumentPaths.ShallowCopy(r.Document));
            foreach (var output in outputs)
            {
                Fill(partition, output, evaluation);
            }

            foreach (var document in partition)
            {
                yield return document;
            }

            start = end;
        }
    }

    private BsonValue PartitionKey(BsonDocument document, EvaluationContext evaluation)
    {
        if (partitionBy is not null)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            return partitionBy.Evaluate(evaluation) ?? BsonNull.Value;
        }

        return new BsonArray(partitionFields.Select(p => DocumentPaths.Get(document, p) ?? BsonNull.Value));
    }

    private void Fill(List<BsonDocument> partition, (string[] Path, Expression? Value, string? Method) output, EvaluationContext evaluation)
    {
        static bool IsEmpty(BsonValue? v) => v is null || v.IsBsonNull;
        var values = partition.ConvertAll(d => DocumentPaths.Get(d, output.Path));
        switch (output.Method)
        {
            case null:
                for (var i = 0; i < partition.Count; i++)
                {
                    if (IsEmpty(values[i]))
                    {
                        evaluation.Root = partition[i];
                        evaluation.Current = partition[i];
                        DocumentPaths.Set(partition[i], output.Path, 0, output.Value!.Evaluate(evaluation) ?? BsonNull.Value);
                    }
                }

                break;
            case "locf":
                BsonValue? last = null;
                for (var i = 0; i < partition.Count; i++)
                {
                    if (!IsEmpty(values[i]))
                    {
                        last = values[i];
                    }
                    else if (last is not null)
                    {
                        DocumentPaths.Set(partition[i], output.Path, 0, last);
                    }
                }

                break;
            default:
                var gaps = LinearInterpolation.Gaps(values, i => Position(partition[i]));
                for (var i = 0; i < partition.Count; i++)
                {
                    if (gaps[i] is { } filled)
                    {
                        DocumentPaths.Set(partition[i], output.Path, 0, filled);
                    }
                }

                break;
        }
    }

    private double Position(BsonDocument document)
    {
        var value = Storage.FieldPath.GetValue(document, sortField!);
        return value switch
        {
            BsonDateTime date => date.MillisecondsSinceEpoch,
            _ when BsonOrder.IsNumber(value) => Numeric.ToDouble(value!),
            _ => throw Errors.Location(6050103, $"The sortBy field for $linearFill must be numeric or a date, found {CommandArgs.TypeName(value)}"),
        };
    }
}
