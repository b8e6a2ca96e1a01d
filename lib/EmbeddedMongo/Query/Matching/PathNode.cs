using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// A predicate on a dotted path, true when some value the path reaches satisfies it. Arrays met
/// along the path are traversed (their documents continue the path; a numeric component also
/// selects a position); an array at the end of the path offers its elements and then itself,
/// unless the predicate looks at whole arrays only ($size, $elemMatch). A path that reaches
/// nothing offers "missing" (null), which {field: null} and $exists: false see.
/// </summary>
public sealed class PathNode : MatchNode
{
    private readonly string[] parts;
    private readonly int[] positions;
    private readonly ValuePredicate predicate;
    private readonly bool expandLeaf;

    public PathNode(string path, ValuePredicate predicate)
    {
        Path = path;
        parts = Protocol.NamePool.SharedParts(path);
        positions = parts.Select(ParsePosition).ToArray();
        this.predicate = predicate;
        expandLeaf = predicate.ExpandsLeafArrays;
    }

    public string Path { get; }

    public ValuePredicate Predicate => predicate;

    public override bool Matches(BsonDocument document, MatchDetails? details)
    {
        if (!document.TryGetValue(parts[0], out var first))
        {
            return predicate.Test(null);
        }

        return Visit(first, 1, -1, details);
    }

    private bool Visit(BsonValue value, int index, int offset, MatchDetails? details)
    {
        if (index == parts.Length)
        {
            return TestLeaf(value, offset, details);
        }

        switch (value)
        {
            case BsonDocument document:
                return document.TryGetValue(parts[index], out var child)
                    ? Visit(child, index + 1, offset, details)
                    : predicate.Test(null) && Record(offset, details);
            case BsonArray array:
            {
                var position = positions[index];
                if (position >= 0 && position < array.Count && Visit(array[position], index + 1, offset < 0 ? position : offset, details))
                {
                    return true;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is BsonDocument element && Visit(element, index, offset < 0 ? i : offset, details))
                    {
                        return true;
                    }
                }

                return false;
            }

            default:
                return predicate.Test(null) && Record(offset, details);
        }
    }

    private bool TestLeaf(BsonValue value, int offset, MatchDetails? details)
    {
        if (expandLeaf && value is BsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (predicate.Test(array[i]))
                {
                    return Record(offset < 0 ? i : offset, details);
                }
            }
        }

        if (details is null)
        {
            return predicate.Test(value);
        }

        return predicate.Test(value, out var position) && Record(offset < 0 ? position : offset, details);
    }

    private bool Record(int offset, MatchDetails? details)
    {
        if (details is not null && offset >= 0 && details.ArrayOffset < 0)
        {
            details.ArrayOffset = offset;
            details.Path = parts;
        }

        return true;
    }

    /// <summary>A path component that is a plain array index ("0", "12", not "01" or "-1"), else -1.</summary>
    private static int ParsePosition(string part)
    {
        if (part.Length == 0 || part.Length > 9 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0'))
        {
            return -1;
        }

        return int.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
    }
}
