using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>$sortByCount: groups by an expression and counts, most frequent first ({_id, count}).</summary>
public sealed class SortByCountStage(Expression groupBy) : IPipelineStage
{
    public string Name => "$sortByCount";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        switch (spec)
        {
            case BsonString s when s.Value.StartsWith('$'):
                return new SortByCountStage(Expression.Parse(spec));
            case BsonDocument d when d.ElementCount == 1 && d.GetElement(0).Name.StartsWith('$'):
                return new SortByCountStage(Expression.Parse(spec));
            case BsonString or BsonDocument:
                throw Errors.Location(40147, "the sortByCount field must be defined as a $-prefixed path or an expression");
            default:
                throw Errors.Location(40148, "the sortByCount field must be specified as a string or as an object");
        }
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var counts = new Dictionary<BsonValue, long>(BsonOrder.Instance);
        var order = new List<BsonValue>();
        var evaluation = context.NewEvaluation();
        foreach (var document in input)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            var key = groupBy.Evaluate(evaluation) ?? BsonNull.Value;
            if (counts.TryGetValue(key, out var n))
            {
                counts[key] = n + 1;
            }
            else
            {
                counts.Add(key, 1);
                order.Add(key);
            }
        }

        return order
            .Select((key, position) => (Key: key, Count: counts[key], Position: position))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Position)
            .Select(g => new BsonDocument { { "_id", g.Key }, { "count", g.Count > int.MaxValue ? new BsonInt64(g.Count) : new BsonInt32((int)g.Count) } });
    }
}
