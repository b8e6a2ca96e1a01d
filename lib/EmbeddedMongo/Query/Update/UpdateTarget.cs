using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// One concrete path (no positional components) inside the document being built, resolved as far
/// as it exists. Operators read <see cref="Value"/> and call <see cref="Set"/> or
/// <see cref="Remove"/>; <see cref="Set"/> creates missing intermediate documents and pads arrays
/// with nulls, and refuses to go through a scalar (28 PathNotViable), as the server does.
/// </summary>
public sealed class UpdateTarget
{
    private readonly string[] parts;
    private readonly BsonValue reached;
    private readonly BsonValue? parent;
    private readonly int depth;

    public UpdateTarget(BsonDocument root, string[] parts)
    {
        this.parts = parts;
        BsonValue current = root;
        BsonValue? currentParent = null;
        var i = 0;
        for (; i < parts.Length; i++)
        {
            var next = Child(current, parts[i]);
            if (next is null)
            {
                break;
            }

            currentParent = current;
            current = next;
        }

        depth = i;
        reached = current;
        parent = currentParent;
        Root = root;
    }

    public BsonDocument Root { get; }

    public string Path => string.Join('.', parts);

    /// <summary>The last path component (the field name operators report in messages).</summary>
    public string FieldName => parts[^1];

    public bool Exists => depth == parts.Length;

    /// <summary>The current value at the path, or null when it does not exist.</summary>
    public BsonValue? Value => Exists ? reached : null;

    /// <summary>Whether the path cannot be created because it goes through a scalar (or a named field of an array).</summary>
    public bool IsBlocked => !Exists && reached is not BsonDocument && !(reached is BsonArray && UpdatePath.TryIndex(parts[depth], out _));

    /// <summary>
    /// For operators that leave a missing path alone ($pop, $pull, $pullAll, $rename's source):
    /// a path that could not even be created is still an error (28 PathNotViable).
    /// </summary>
    public void CheckViable()
    {
        if (IsBlocked)
        {
            throw Errors.PathNotViable($"Cannot use the part ({parts[depth]}) of ({Path}) to traverse the element ({{{ValueText.Element(parts[depth - 1], reached)}}})");
        }
    }

    public static BsonValue? Child(BsonValue container, string part) => container switch
    {
        BsonDocument d => d.TryGetValue(part, out var v) ? v : null,
        BsonArray a => UpdatePath.TryIndex(part, out var index) && index < a.Count ? a[index] : null,
        _ => null,
    };

    public void Set(BsonValue value)
    {
        if (Exists)
        {
            Put(parent!, parts[^1], value);
            return;
        }

        if (IsBlocked)
        {
            var name = depth == 0 ? string.Empty : parts[depth - 1];
            throw Errors.PathNotViable($"Cannot create field '{parts[depth]}' in element {{{ValueText.Element(name, reached)}}}");
        }

        var created = value;
        for (var i = parts.Length - 1; i > depth; i--)
        {
            created = new BsonDocument(parts[i], created);
        }

        Put(reached, parts[depth], created);
    }

    /// <summary>Removes the field; an array element is set to null instead (as $unset does).</summary>
    public void Remove()
    {
        if (!Exists)
        {
            return;
        }

        switch (parent)
        {
            case BsonDocument d:
                d.Remove(parts[^1]);
                break;
            case BsonArray a:
                a[int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture)] = BsonNull.Value;
                break;
        }
    }

    /// <summary>The first array met strictly before the last component, with its path, if any.</summary>
    public string? ArrayOnTheWay()
    {
        BsonValue current = Root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            var next = Child(current, parts[i]);
            if (next is null)
            {
                return null;
            }

            if (next is BsonArray)
            {
                return parts[i];
            }

            current = next;
        }

        return null;
    }

    private const int MaxPadding = 1_500_000;

    private static void Put(BsonValue container, string part, BsonValue value)
    {
        switch (container)
        {
            case BsonDocument d:
                d[part] = value;
                break;
            case BsonArray a:
            {
                UpdatePath.TryIndex(part, out var index);
                if (index >= a.Count && index - a.Count > MaxPadding)
                {
                    throw Errors.BadValue($"can't backfill array to larger than {MaxPadding} elements");
                }

                while (a.Count < index)
                {
                    a.Add(BsonNull.Value);
                }

                if (index == a.Count)
                {
                    a.Add(value);
                }
                else
                {
                    a[index] = value;
                }

                break;
            }
        }
    }
}
