using System.Runtime.InteropServices;
using EmbeddedMongo.Aggregation.Accumulators;
using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $group: one output document per distinct _id (BSON equality, so 1 and 1.0 share a group).
/// The input is streamed: only the groups and their accumulator states are held.
/// </summary>
public sealed class GroupStage : IPipelineStage
{
    private readonly Expression id;
    private readonly (string Field, AccumulatorDefinition Definition)[] accumulators;

    private GroupStage(Expression id, (string, AccumulatorDefinition)[] accumulators)
    {
        this.id = id;
        this.accumulators = accumulators;
    }

    public string Name => "$group";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw Errors.Location(15947, "a group's fields must be specified in an object");
        }

        Expression? id = null;
        var accumulators = new List<(string, AccumulatorDefinition)>();
        foreach (var element in document)
        {
            if (element.Name == "_id")
            {
                if (id is not null)
                {
                    throw Errors.Location(15948, "a group's _id may only be specified once");
                }

                id = Expression.Parse(element.Value);
                continue;
            }

            accumulators.Add((element.Name, ParseAccumulatorField(element.Name, element.Value)));
        }

        if (id is null)
        {
            throw Errors.Location(15955, "a group specification must include an _id");
        }

        return new GroupStage(id, accumulators.ToArray());
    }

    /// <summary>Parses one "field: {$accumulator: argument}" of $group (and of $bucket's output).</summary>
    public static AccumulatorDefinition ParseAccumulatorField(string field, BsonValue value)
    {
        if (field.Length == 0)
        {
            throw Errors.Location(40352, "FieldPath cannot be constructed with empty string");
        }

        if (field[0] == '$')
        {
            throw Errors.Location(40236, $"The field name '{field}' cannot be an operator name");
        }

        if (field.Contains('.'))
        {
            throw Errors.Location(40235, $"The field name '{field}' cannot contain '.'");
        }

        if (value is not BsonDocument accumulator)
        {
            throw Errors.Location(40234, $"The field '{field}' must be an accumulator object");
        }

        if (accumulator.ElementCount != 1)
        {
            throw Errors.Location(40238, $"The field '{field}' must specify one accumulator");
        }

        var op = accumulator.GetElement(0);
        return AccumulatorTable.Parse(op.Name, op.Value);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var groups = new Dictionary<BsonValue, Group>(BsonOrder.Instance);
        var order = new List<Group>();
        var evaluation = context.NewEvaluation();

        // A document _id ({year: ..., month: ...}) is evaluated into one reused document; only a new group keeps a copy.
        var objectKey = id as ObjectExpression;
        var scratch = new BsonDocument();

        // Input often arrives clustered by key (the items of one order follow each other): the last
        // group is tried before the hash table, as long as that pays (a hit at least one time in four).
        Group? last = null;
        var clustered = new GuessRate();
        foreach (var document in input)
        {
            evaluation.Root = document;
            evaluation.Current = document;
            BsonValue key;
            if (objectKey is not null)
            {
                objectKey.Fill(evaluation, scratch);
                key = scratch;
            }
            else
            {
                key = id.Evaluate(evaluation) ?? BsonNull.Value;
            }

            var same = false;
            if (clustered.Worth && last is not null)
            {
                same = BsonOrder.Instance.Equals(key, last.Key);
                clustered.Record(same);
            }

            if (!same || last is null)
            {
                if (objectKey is null)
                {
                    // One hash lookup finds the group or makes room for it.
                    ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out var exists);
                    last = exists ? slot! : slot = NewGroup(key, order);
                }
                else if (!groups.TryGetValue(key, out last))
                {
                    last = NewGroup(DocumentPaths.ShallowCopy(scratch), order);
                    groups.Add(last.Key, last);
                }
            }

            foreach (var state in last.States)
            {
                state.Process(evaluation);
            }
        }

        foreach (var (key, states) in order)
        {
            var output = new BsonDocument("_id", key);
            for (var i = 0; i < states.Length; i++)
            {
                output.Add(accumulators[i].Field, states[i].Finish());
            }

            yield return output;
        }
    }

    private Group NewGroup(BsonValue key, List<Group> order)
    {
        var group = new Group(key, new IAccumulator[accumulators.Length]);
        for (var i = 0; i < group.States.Length; i++)
        {
            group.States[i] = accumulators[i].Definition.Create();
        }

        order.Add(group);
        return group;
    }

    /// <summary>One group: its key and the state of each accumulator.</summary>
    private sealed record Group(BsonValue Key, IAccumulator[] States);
}
