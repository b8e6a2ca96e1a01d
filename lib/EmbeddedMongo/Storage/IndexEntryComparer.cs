using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>Orders index entries by key (per-field direction) then record id.</summary>
public sealed class IndexEntryComparer : IComparer<IndexEntry>
{
    private readonly int[] directions;

    public IndexEntryComparer(int[] directions) => this.directions = directions;

    public int Compare(IndexEntry x, IndexEntry y)
    {
        var c = CompareKeys(x.Key, y.Key);
        return c != 0 ? c : x.RecordId.CompareTo(y.RecordId);
    }

    public int CompareKeys(BsonValue[] x, BsonValue[] y)
    {
        for (var i = 0; i < directions.Length; i++)
        {
            var c = BsonOrder.CompareValues(x[i], y[i]);
            if (c != 0)
            {
                return directions[i] < 0 ? -c : c;
            }
        }

        return 0;
    }
}
