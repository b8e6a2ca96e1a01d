using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $setWindowFields: partitions documents by an expression, orders each partition by sortBy, and
/// adds fields computed over a window of the partition (running totals, ranks, moving averages,
/// shifts). Output comes partition by partition, each in sortBy order.
/// </summary>
public sealed class SetWindowFieldsStage : IPipelineStage
{
    private readonly Expression? partitionBy;
    private readonly SortSpec? sortBy;
    private readonly WindowFunction[] outputs;

    private SetWindowFieldsStage(Expression? partitionBy, SortSpec? sortBy, WindowFunction[] outputs)
    {
        this.partitionBy = partitionBy;
        this.sortBy = sortBy;
        this.outputs = outputs;
    }

    public string Name => "$setWindowFields";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        var document = spec as BsonDocument ?? throw Errors.FailedToParse("the $setWindowFields stage specification must be an object, found " + CommandArgs.TypeName(spec));
        Expression? partition = null;
        SortSpec? sort = null;
        BsonDocument? output = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "partitionBy":
                    if (element.Value is BsonArray)
                    {
                        throw Errors.TypeMismatch("An expression used to partition cannot evaluate to value of type array");
                    }

                    partition = Expression.Parse(element.Value);
                    break;
                case "sortBy":
                    sort = SortSpec.Parse(element.Value as BsonDocument ?? throw CommandArgs.WrongType("$setWindowFields", "sortBy", element.Value, "object"));
                    break;
                case "output":
                    output = element.Value as BsonDocument ?? throw CommandArgs.WrongType("$setWindowFields", "output", element.Value, "object");
                    break;
                default:
                    throw Errors.Location(40415, $"BSON field '$setWindowFields.{element.Name}' is an unknown field.");
            }
        }

        if (output is null)
        {
            throw Errors.Location(40414, "BSON field '$setWindowFields.output' is missing but a required field");
        }

        var functions = output.Select(e => WindowFunction.Parse(e.Name, e.Value)).ToArray();
        var singleSortKey = sort is not null && sort.Source.ElementCount == 1;
        foreach (var function in functions)
        {
            // The server's checks, in its order (jstests/aggregation/sources/setWindowFields/parse.js).
            if (function.Operator is "$rank" or "$denseRank" or "$documentNumber" && !singleSortKey)
            {
                throw Errors.Location(5371602, $"{function.Operator} must be specified with a top level sortBy expression with exactly one element");
            }

            if (function.Operator == "$shift" && sort is null)
            {
                throw Errors.FailedToParse("$shift requires a sortBy");
            }

            if (!function.Window.IsRange && !function.Window.IsWholePartition && sort is null)
            {
                throw Errors.Location(5339901, "Document-based bounds require a sortBy");
            }

            if (function.Window.IsRange && !singleSortKey)
            {
                throw Errors.Location(5339902, "Range-based window require sortBy a single field");
            }

            if (function.NeedsSort && sort is null)
            {
                throw Errors.Location(5339901, $"{function.Operator} requires a sortBy: '{function.Field}'");
            }

            if (function.NeedsSingleSortKey && !singleSortKey)
            {
                throw Errors.Location(605001, $"{function.Operator} requires exactly one sortBy field");
            }
        }

        return new SetWindowFieldsStage(partition, sort, functions);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var evaluation = context.NewEvaluation();
        var rows = new List<(BsonValue Partition, BsonDocument Document, long Sequence)>();
        var sequence = 0L;
        foreach (var document in input)
        {
            var key = BsonNull.Value as BsonValue;
            if (partitionBy is not null)
            {
                evaluation.Root = document;
                evaluation.Current = document;
                key = partitionBy.Evaluate(evaluation) ?? BsonNull.Value;
                if (key is BsonArray)
                {
                    throw Errors.Location(5340201, "An expression used to partition cannot evaluate to value of type array");
                }
            }

            rows.Add((key, document, sequence++));
        }

        // Sorted by partition, then sortBy, then arrival: each partition is a contiguous run.
        rows.Sort((a, b) =>
        {
            var c = BsonOrder.CompareValues(a.Partition, b.Partition);
            if (c == 0 && sortBy is not null)
            {
                c = sortBy.Compare(a.Document, b.Document);
            }

            return c != 0 ? c : a.Sequence.CompareTo(b.Sequence);
        });

        var start = 0;
        while (start < rows.Count)
        {
            var end = start + 1;
            while (end < rows.Count && BsonOrder.CompareValues(rows[start].Partition, rows[end].Partition) == 0)
            {
                end++;
            }

            var partition = rows.GetRange(start, end - start).ConvertAll(r => r.Document);
            var computed = outputs.Select(o => o.Compute(partition, sortBy, evaluation)).ToArray();
            for (var i = 0; i < partition.Count; i++)
            {
                var copy = DocumentPaths.ShallowCopy(partition[i]);
                for (var k = 0; k < outputs.Length; k++)
                {
                    DocumentPaths.Set(copy, outputs[k].Path, 0, computed[k][i] ?? BsonNull.Value);
                }

                yield return copy;
            }

            context.CheckDeadline();
            start = end;
        }
    }
}
