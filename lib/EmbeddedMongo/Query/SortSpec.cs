using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>A parsed sort specification ({field: 1|-1, ...}) that orders documents in BSON order.</summary>
public sealed class SortSpec : IComparer<BsonDocument>
{
    private readonly (string Path, int Direction)[] keys;

    private SortSpec((string, int)[] keys, BsonDocument source)
    {
        this.keys = keys;
        Source = source;
    }

    public BsonDocument Source { get; }

    public static SortSpec? Parse(BsonDocument? spec)
    {
        if (spec is null || spec.ElementCount == 0)
        {
            return null;
        }

        var keys = new List<(string, int)>();
        foreach (var element in spec)
        {
            var direction = element.Value switch
            {
                BsonInt32 { Value: 1 } or BsonInt64 { Value: 1 } or BsonDouble { Value: 1.0 } => 1,
                BsonInt32 { Value: -1 } or BsonInt64 { Value: -1 } or BsonDouble { Value: -1.0 } => -1,
                _ => throw Errors.Location(15975, "$sort key ordering must be 1 (for ascending) or -1 (for descending)"),
            };
            keys.Add((element.Name, direction));
        }

        return new SortSpec(keys.ToArray(), spec);
    }

    public int Compare(BsonDocument? x, BsonDocument? y)
    {
        foreach (var (path, direction) in keys)
        {
            var a = Storage.FieldPath.GetValue(x!, path) ?? BsonNull.Value;
            var b = Storage.FieldPath.GetValue(y!, path) ?? BsonNull.Value;
            var c = BsonOrder.CompareValues(a, b);
            if (c != 0)
            {
                return direction * c;
            }
        }

        return 0;
    }
}
