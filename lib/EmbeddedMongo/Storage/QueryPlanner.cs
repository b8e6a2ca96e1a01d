using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>
/// Chooses how to read a collection for a filter: an _id point lookup, the index that bounds the
/// most leading key fields (ties go to equality, uniqueness, a provided sort, a shorter key), an
/// index that provides the sort, or a collection scan. A hint (name or key pattern, or
/// {$natural}) overrides the choice. Call under the storage lock; the plan's candidates are
/// captured so that filtering can continue outside it. Candidates are a superset of the matches:
/// callers always apply the full filter to them.
/// </summary>
public static class QueryPlanner
{
    public static QueryPlan Plan(CollectionStore? collection, BsonDocument filter, BsonDocument? sort, BsonValue? hint)
    {
        if (collection is null)
        {
            return new QueryPlan { Stage = "EOF", Candidates = [] };
        }

        if (Collation.Current is not null && (hint is null || IsEmptyHint(hint)))
        {
            // Indexes keep strings in binary order; a query under a collation reads every document.
            return CollectionScan(collection, forward: true);
        }

        var sortKeys = ParseSort(sort);
        if (hint is not null && !IsEmptyHint(hint))
        {
            return PlanWithHint(collection, filter, sortKeys, hint);
        }

        if (filter.ElementCount == 1 && filter.GetElement(0).Name == "_id" && IsPlainValue(filter[0]))
        {
            return ExpressIdLookup(collection, filter[0]);
        }

        var predicates = PredicateBounds.Extract(filter);
        IndexChoice? best = null;
        foreach (var index in collection.Indexes)
        {
            if (index.Hidden)
            {
                continue;
            }

            var choice = IndexChoice.For(index, predicates, sortKeys);
            if (!choice.Eligible(filter, predicates) || (choice.BoundFields == 0 && !choice.ProvidesSort))
            {
                continue;
            }

            if (best is null || choice.IsBetterThan(best))
            {
                best = choice;
            }
        }

        if (best is not null)
        {
            best.Index.Usage.Count();
            return IndexScanner.Run(collection, best);
        }

        return OrPlan(collection, filter) ?? CollectionScan(collection, forward: true);
    }

    /// <summary>
    /// A top-level $or whose every clause can use an index is read as the union of one index scan
    /// per clause (each document once); a single unindexable clause means a collection scan.
    /// </summary>
    private static QueryPlan? OrPlan(CollectionStore collection, BsonDocument filter)
    {
        if (!filter.TryGetValue("$or", out var or) || or is not BsonArray { Count: > 0 } clauses || clauses.Any(c => c is not BsonDocument))
        {
            return null;
        }

        var branches = new List<QueryPlan>();
        foreach (BsonDocument clause in clauses)
        {
            var branch = Plan(collection, clause, null, null);
            if (branch.Stage is not ("IXSCAN" or "EXPRESS_IXSCAN"))
            {
                return null;
            }

            branches.Add(branch);
        }

        var seen = new HashSet<long>();
        var candidates = branches.SelectMany(b => b.Candidates).Where(c => seen.Add(c.RecordId)).ToList();
        return new QueryPlan { Stage = "OR", Branches = branches, Candidates = candidates, KeysExamined = branches.Sum(b => b.KeysExamined) };
    }

    private static QueryPlan PlanWithHint(CollectionStore collection, BsonDocument filter, (string Path, int Direction)[] sortKeys, BsonValue hint)
    {
        if (hint is BsonDocument natural && natural.ElementCount == 1 && natural.GetElement(0).Name == "$natural")
        {
            var forward = !BsonOrder.IsNumber(natural[0]) || Numeric.ToDouble(natural[0]) >= 0;
            return CollectionScan(collection, forward);
        }

        var index = FindHinted(collection, hint) ?? throw Errors.BadValue("hint provided does not correspond to an existing index");
        var predicates = PredicateBounds.Extract(filter);
        index.Usage.Count();
        return IndexScanner.Run(collection, IndexChoice.For(index, predicates, sortKeys));
    }

    private static IndexStore? FindHinted(CollectionStore collection, BsonValue hint)
    {
        var found = hint switch
        {
            BsonString name => collection.FindIndex(name.Value),
            BsonDocument keyPattern => collection.Indexes.FirstOrDefault(i => SameKeyPattern(i.KeyPattern, keyPattern)),
            _ => null,
        };
        return found is { Hidden: false } ? found : null;
    }

    public static bool SameKeyPattern(BsonDocument a, BsonDocument b)
    {
        if (a.ElementCount != b.ElementCount)
        {
            return false;
        }

        for (var i = 0; i < a.ElementCount; i++)
        {
            var x = a.GetElement(i);
            var y = b.GetElement(i);
            if (x.Name != y.Name || BsonOrder.Rank(x.Value) != BsonOrder.Rank(y.Value) || BsonOrder.CompareValues(x.Value, y.Value) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsEmptyHint(BsonValue hint) => hint is BsonString { Value.Length: 0 } or BsonDocument { ElementCount: 0 };

    private static QueryPlan ExpressIdLookup(CollectionStore collection, BsonValue id)
    {
        collection.IdIndex.Usage.Count();
        var found = new List<(long, BsonDocument)>(1);
        var keys = 0L;
        foreach (var rid in collection.IdIndex.Seek([id]))
        {
            keys++;
            if (collection.Get(rid) is { } document)
            {
                found.Add((rid, document));
            }
        }

        return new QueryPlan { Stage = "EXPRESS_IXSCAN", Index = collection.IdIndex, Candidates = found, KeysExamined = keys };
    }

    private static QueryPlan CollectionScan(CollectionStore collection, bool forward)
    {
        var all = collection.Scan();
        if (!forward)
        {
            all.Reverse();
        }

        return new QueryPlan { Stage = "COLLSCAN", Candidates = all, Direction = forward ? "forward" : "backward" };
    }

    private static (string Path, int Direction)[] ParseSort(BsonDocument? sort)
    {
        if (sort is null)
        {
            return [];
        }

        var keys = new List<(string, int)>();
        foreach (var element in sort)
        {
            if (!BsonOrder.IsNumber(element.Value))
            {
                // {$meta: ...} and the like: no index provides that order.
                return [("$unsupported", 1)];
            }

            keys.Add((element.Name, Numeric.ToDouble(element.Value) < 0 ? -1 : 1));
        }

        return keys.ToArray();
    }

    private static bool IsPlainValue(BsonValue value) => value switch
    {
        BsonDocument d => d.ElementCount == 0 || !d.GetElement(0).Name.StartsWith('$'),
        BsonArray or BsonRegularExpression or BsonNull or BsonUndefined or BsonMinKey or BsonMaxKey => false,
        _ => !BsonOrder.IsNumber(value) || !double.IsNaN(Numeric.ToDouble(value)),
    };
}
