using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>
/// distinct: the different values of a (dotted) key among the documents matching a query. Arrays
/// count by their elements (one level: a nested array is one value); missing fields contribute
/// nothing; equal numbers of different types are one value. Values come back in BSON order.
/// </summary>
public sealed class DistinctCommand : CommandHandler
{
    public override string Name => "distinct";

    public override string Help => "distinct values of a key: {distinct: coll, key, query, hint}";

    public override IReadOnlyCollection<string> Fields { get; } = ["key", "query", "hint", "collation", "encryptionInformation", "sampleId"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["key"] = IdlType.String,
        ["query"] = IdlType.Object,
        ["collation"] = IdlType.Object,
        ["hint"] = IdlType.IndexHint,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        if (!command.Contains("key"))
        {
            throw Errors.Location(40414, "BSON field 'distinct.key' is missing but a required field");
        }

        var key = CommandArgs.OptionalString(command, "key") ?? throw CommandArgs.WrongType("distinct", "key", BsonNull.Value, "string");
        if (key.Length == 0 || key.StartsWith('$'))
        {
            throw Errors.Location(key.Length == 0 ? 40352 : 16410, key.Length == 0
                ? "FieldPath cannot be constructed with empty string"
                : "FieldPath field names may not start with '$'. Consider using $getField or $setField.");
        }

        var query = CommandArgs.OptionalDocument(command, "query") ?? new BsonDocument();
        var hint = command.GetValue("hint", BsonNull.Value) is { IsBsonNull: false } h ? h : null;
        var filter = Filter.Parse(query);
        var parts = key.Split('.');
        context.Server.Statistics.CountQuery();
        var values = context.Storage.Read(() =>
        {
            var seen = new HashSet<BsonValue>(BsonOrder.Instance);
            var collection = context.Storage.FindCollection(context.Database, collectionName);
            if (collection is null)
            {
                return seen;
            }

            var plan = QueryPlanner.Plan(collection, query, null, hint);
            foreach (var (_, document) in plan.Candidates)
            {
                if (filter.Matches(document))
                {
                    Collect(document, parts, 0, seen);
                }
            }

            return seen;
        });
        var sorted = values.ToList();
        sorted.Sort(BsonOrder.Instance);
        return Task.FromResult(new BsonDocument
        {
            { "values", new BsonArray(sorted) },
            { "ok", 1.0 },
        });
    }

    /// <summary>Adds the values a path reaches: arrays of documents continue the path, a final array adds its elements.</summary>
    private static void Collect(BsonValue value, string[] parts, int index, HashSet<BsonValue> output)
    {
        if (index == parts.Length)
        {
            if (value is BsonArray leaf)
            {
                foreach (var item in leaf)
                {
                    output.Add(item);
                }
            }
            else
            {
                output.Add(value);
            }

            return;
        }

        switch (value)
        {
            case BsonDocument document when document.TryGetValue(parts[index], out var child):
                Collect(child, parts, index + 1, output);
                break;
            case BsonArray array when int.TryParse(parts[index], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position):
                if (position < array.Count)
                {
                    Collect(array[position], parts, index + 1, output);
                }

                break;
            case BsonArray array:
                foreach (var item in array)
                {
                    if (item is BsonDocument)
                    {
                        Collect(item, parts, index, output);
                    }
                }

                break;
        }
    }
}
