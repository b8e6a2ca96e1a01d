using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// Runs an index scan: one seek per combination of the equality prefix's points and the next
/// field's intervals, in index order; keys outside the other fields' bounds are skipped; record
/// ids are deduplicated (a multikey index holds one key per array element) and fetched.
/// </summary>
public static class IndexScanner
{
    private const int MaxSeeks = 10_000;

    public static QueryPlan Run(CollectionStore collection, IndexChoice choice)
    {
        var index = choice.Index;
        var n = index.Paths.Length;
        var bounds = choice.Bounds;
        var scanDirection = choice.ProvidesSort ? choice.SortDirection : 1;
        var rendered = new BsonDocument();
        for (var i = 0; i < n; i++)
        {
            var displayDirection = index.Directions[i] * scanDirection;
            rendered[index.Paths[i]] = bounds[i]?.Render(displayDirection)
                ?? new BsonArray { displayDirection < 0 ? "[MaxKey, MinKey]" : "[MinKey, MaxKey]" };
        }

        var candidates = new List<(long, BsonDocument)>();
        var keysExamined = 0L;
        if (!Array.Exists(bounds, b => b is { IsEmpty: true }))
        {
            // Seek fields: the point prefix (capped so the number of seeks stays bounded) plus one more.
            var seekFields = 0;
            var seeks = 1L;
            while (seekFields < n && bounds[seekFields] is { } set && seeks * set.Intervals.Count <= MaxSeeks)
            {
                seeks *= set.Intervals.Count;
                seekFields++;
                if (!set.AllPoints)
                {
                    break;
                }
            }

            var seen = index.IsMultikey ? new HashSet<long>() : null;
            var low = new BsonValue[n];
            var high = new BsonValue[n];
            for (var i = seekFields; i < n; i++)
            {
                low[i] = index.Directions[i] > 0 ? BsonMinKey.Value : BsonMaxKey.Value;
                high[i] = index.Directions[i] > 0 ? BsonMaxKey.Value : BsonMinKey.Value;
            }

            Seek(0);

            void Seek(int field)
            {
                if (field == seekFields)
                {
                    var last = seekFields - 1;
                    foreach (var entry in index.Range(low, high))
                    {
                        // An exclusive end of the seek range is stepped over, not examined.
                        if (last >= 0 && bounds[last] is { } edge && !edge.Contains(entry.Key[last]))
                        {
                            continue;
                        }

                        keysExamined++;
                        if (!InBounds(entry.Key, bounds, seekFields) || (seen is not null && !seen.Add(entry.RecordId)))
                        {
                            continue;
                        }

                        if (collection.Get(entry.RecordId) is { } document)
                        {
                            candidates.Add((entry.RecordId, document));
                        }
                    }

                    return;
                }

                var descending = index.Directions[field] < 0;
                foreach (var interval in bounds[field]!.InIndexOrder(index.Directions[field]))
                {
                    low[field] = descending ? interval.High : interval.Low;
                    high[field] = descending ? interval.Low : interval.High;
                    Seek(field + 1);
                }
            }
        }

        if (scanDirection < 0)
        {
            candidates.Reverse();
        }

        return new QueryPlan
        {
            Stage = "IXSCAN",
            Index = index,
            IndexBounds = rendered,
            Direction = scanDirection < 0 ? "backward" : "forward",
            Candidates = candidates,
            ProvidesSort = choice.ProvidesSort,
            KeysExamined = keysExamined,
        };
    }

    private static bool InBounds(BsonValue[] key, IntervalSet?[] bounds, int from)
    {
        for (var i = from; i < bounds.Length; i++)
        {
            if (bounds[i] is { } set && !set.Contains(key[i]))
            {
                return false;
            }
        }

        return true;
    }
}
