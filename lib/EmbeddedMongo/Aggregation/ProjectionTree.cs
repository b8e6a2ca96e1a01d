using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>
/// The field tree behind $project, $addFields/$set and $unset: each field is included, excluded,
/// computed by an expression or a nested tree (from dotted paths or sub-objects). Expressions are
/// always evaluated against the stage's input document.
/// </summary>
public sealed class ProjectionTree
{
    private readonly List<(string Name, Node Node)> fields = [];
    private readonly Dictionary<string, Node> byName = new(StringComparer.Ordinal);

    private enum Kind
    {
        Include,
        Exclude,
        Computed,
        Nested,
    }

    /// <summary>Whether this is an exclusion projection (only exclusions besides _id).</summary>
    public bool IsExclusion { get; private set; }

    private bool HasComputed => fields.Exists(f => f.Node.Kind == Kind.Computed || (f.Node.Kind == Kind.Nested && f.Node.Child!.HasComputed));

    /// <summary>Parses a $project specification.</summary>
    public static ProjectionTree ParseProject(BsonDocument spec)
    {
        if (spec.ElementCount == 0)
        {
            throw Errors.Location(51272, "Invalid $project :: caused by :: projection specification must have at least one field");
        }

        var tree = new ProjectionTree();
        bool? exclusion = null;
        AddProjectFields(tree, spec, string.Empty, ref exclusion);
        // With _id alone, its own value decides: {_id: 0} excludes it, {_id: 1} or {_id: <expr>} keeps only _id.
        tree.IsExclusion = exclusion ?? (tree.byName.TryGetValue("_id", out var id) && id.Kind == Kind.Exclude);
        if (!tree.IsExclusion && !tree.byName.ContainsKey("_id"))
        {
            tree.Insert(["_id"], new Node(Kind.Include), "_id", insertFirst: true);
        }

        return tree;
    }

    /// <summary>Parses an $addFields / $set specification (every leaf is an expression).</summary>
    public static ProjectionTree ParseAddFields(BsonDocument spec)
    {
        var tree = new ProjectionTree();
        AddComputedFields(tree, spec, string.Empty);
        return tree;
    }

    /// <summary>An exclusion tree for $unset.</summary>
    public static ProjectionTree ParseExclusions(IEnumerable<string> paths)
    {
        var tree = new ProjectionTree { IsExclusion = true };
        foreach (var path in paths)
        {
            tree.Insert(FieldNames.Split(path), new Node(Kind.Exclude), path);
        }

        return tree;
    }

    private static void AddProjectFields(ProjectionTree tree, BsonDocument spec, string prefix, ref bool? exclusion)
    {
        foreach (var element in spec)
        {
            var path = prefix + element.Name;
            var value = element.Value;
            if (value is BsonDocument sub && (sub.ElementCount == 0 || !sub.GetElement(0).Name.StartsWith('$')))
            {
                if (sub.ElementCount == 0)
                {
                    throw Errors.Location(51270, $"Invalid $project :: caused by :: An empty sub-projection is not a valid value. Found empty object at path");
                }

                FieldNames.Split(path);
                AddProjectFields(tree, sub, path + ".", ref exclusion);
                continue;
            }

            Node node;
            if (value is BsonBoolean or BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128)
            {
                node = new Node(value.ToBoolean() ? Kind.Include : Kind.Exclude);
            }
            else
            {
                node = new Node(Kind.Computed) { Expression = Expression.Parse(value) };
            }

            if (path != "_id")
            {
                var isExclusion = node.Kind == Kind.Exclude;
                if (exclusion is true && !isExclusion)
                {
                    throw node.Kind == Kind.Computed
                        ? Errors.Location(31252, $"Invalid $project :: caused by :: Cannot use expression other than $meta in exclusion projection")
                        : Errors.Location(31253, $"Invalid $project :: caused by :: Cannot do inclusion on field {path} in exclusion projection");
                }

                if (exclusion is false && isExclusion)
                {
                    throw Errors.Location(31254, $"Invalid $project :: caused by :: Cannot do exclusion on field {path} in inclusion projection");
                }

                exclusion = isExclusion;
            }

            tree.Insert(FieldNames.Split(path), node, path);
        }
    }

    private static void AddComputedFields(ProjectionTree tree, BsonDocument spec, string prefix)
    {
        foreach (var element in spec)
        {
            var path = prefix + element.Name;
            var value = element.Value;
            if (value is BsonDocument sub && sub.ElementCount > 0 && !sub.GetElement(0).Name.StartsWith('$'))
            {
                FieldNames.Split(path);
                AddComputedFields(tree, sub, path + ".");
                continue;
            }

            tree.Insert(FieldNames.Split(path), new Node(Kind.Computed) { Expression = Expression.Parse(value) }, path);
        }
    }

    private void Insert(string[] parts, Node node, string path, bool insertFirst = false)
    {
        var tree = this;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (!tree.byName.TryGetValue(parts[i], out var existing))
            {
                existing = new Node(Kind.Nested) { Child = new ProjectionTree() };
                tree.Add(parts[i], existing, false);
            }
            else if (existing.Kind != Kind.Nested)
            {
                throw PathCollision(path);
            }

            tree = existing.Child!;
        }

        var last = parts[^1];
        if (tree.byName.ContainsKey(last))
        {
            throw PathCollision(path);
        }

        tree.Add(last, node, insertFirst);
    }

    private static MongoServerException PathCollision(string path) => Errors.Location(31250, $"Invalid $project :: caused by :: Path collision at {path}");

    private void Add(string name, Node node, bool first)
    {
        byName[name] = node;
        if (first)
        {
            fields.Insert(0, (name, node));
        }
        else
        {
            fields.Add((name, node));
        }
    }

    /// <summary>Applies the tree as $project does (inclusion or exclusion).</summary>
    public BsonDocument ApplyProject(BsonDocument document, EvaluationContext context)
        => IsExclusion ? ApplyExclusion(document) : ApplyInclusion(document, context);

    private BsonDocument ApplyExclusion(BsonDocument document)
    {
        var result = new BsonDocument();
        foreach (var element in document)
        {
            if (!byName.TryGetValue(element.Name, out var node))
            {
                result.Add(element.Name, element.Value);
                continue;
            }

            if (node.Kind == Kind.Nested)
            {
                result.Add(element.Name, element.Value switch
                {
                    BsonDocument d => node.Child!.ApplyExclusion(d),
                    BsonArray a => node.Child!.ApplyExclusionToArray(a),
                    _ => element.Value,
                });
            }
            else if (node.Kind == Kind.Include)
            {
                result.Add(element.Name, element.Value);
            }
        }

        return result;
    }

    private BsonArray ApplyExclusionToArray(BsonArray array)
        => new(array.Select(item => item switch
        {
            BsonDocument d => ApplyExclusion(d),
            BsonArray nested => ApplyExclusionToArray(nested),
            _ => item,
        }));

    private BsonDocument ApplyInclusion(BsonDocument document, EvaluationContext context)
    {
        var result = new BsonDocument();
        foreach (var element in document)
        {
            if (!byName.TryGetValue(element.Name, out var node))
            {
                continue;
            }

            if (node.Kind == Kind.Include)
            {
                result.Add(element.Name, element.Value);
            }
            else if (node.Kind == Kind.Nested)
            {
                switch (element.Value)
                {
                    case BsonDocument d:
                        result.Add(element.Name, node.Child!.ApplyInclusion(d, context));
                        break;
                    case BsonArray a:
                        result.Add(element.Name, node.Child!.ApplyInclusionToArray(a, context));
                        break;
                }
            }
        }

        foreach (var (name, node) in fields)
        {
            if (node.Kind == Kind.Computed)
            {
                if (node.Expression!.Evaluate(context) is { } value)
                {
                    result[name] = value;
                }
            }
            else if (node.Kind == Kind.Nested && !result.Contains(name) && node.Child!.HasComputed)
            {
                result[name] = node.Child.ApplyInclusion(new BsonDocument(), context);
            }
        }

        return result;
    }

    private BsonArray ApplyInclusionToArray(BsonArray array, EvaluationContext context)
    {
        var result = new BsonArray(array.Count);
        foreach (var item in array)
        {
            switch (item)
            {
                case BsonDocument d:
                    result.Add(ApplyInclusion(d, context));
                    break;
                case BsonArray nested:
                    result.Add(ApplyInclusionToArray(nested, context));
                    break;
                default:
                    if (HasComputed)
                    {
                        result.Add(ApplyInclusion(new BsonDocument(), context));
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>Applies the tree as $addFields does: a copy of the document with fields set or removed.</summary>
    public BsonDocument ApplyAddFields(BsonDocument document, EvaluationContext context)
    {
        var result = DocumentPaths.ShallowCopy(document);
        foreach (var (name, node) in fields)
        {
            if (node.Kind == Kind.Computed)
            {
                var value = node.Expression!.Evaluate(context);
                if (value is null)
                {
                    result.Remove(name);
                }
                else
                {
                    result[name] = value;
                }

                continue;
            }

            result.TryGetValue(name, out var existing);
            result[name] = existing switch
            {
                BsonDocument d => node.Child!.ApplyAddFields(d, context),
                BsonArray a => new BsonArray(a.Select(item => node.Child!.ApplyAddFields(item as BsonDocument ?? new BsonDocument(), context))),
                _ => node.Child!.ApplyAddFields(new BsonDocument(), context),
            };
        }

        return result;
    }

    private sealed class Node(Kind kind)
    {
        public Kind Kind { get; } = kind;

        public Expression? Expression { get; init; }

        public ProjectionTree? Child { get; init; }
    }
}
