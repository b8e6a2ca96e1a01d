using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query.Matching;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Projections;

/// <summary>
/// Builds a projection tree from a find projection and decides its mode: inclusion (1/true,
/// expressions, "a.$", $elemMatch) or exclusion (0/false); only _id may go against the mode.
/// $slice alone keeps every other field. Errors carry MongoDB's codes (31253, 31254, 31249...).
/// </summary>
public sealed class ProjectionParser
{
    private readonly DateTime now;
    private bool? inclusion;
    private string? positionalPath;

    private ProjectionParser(DateTime now) => this.now = now;

    public ProjectionNode Root { get; } = new();

    /// <summary>True for inclusion, false for exclusion (also when only $slice or _id: 0 was given).</summary>
    public bool IsInclusion => inclusion ?? false;

    public bool IdExcluded { get; private set; }

    public string? PositionalPath => positionalPath;

    public static ProjectionParser Parse(BsonDocument spec, DateTime now)
    {
        var parser = new ProjectionParser(now);
        parser.ParseLevel(spec, string.Empty);
        if (parser.inclusion is null && parser.Root.TryGetChild("_id", out var id) && !parser.IdExcluded)
        {
            // {_id: 1} alone is an inclusion projection of _id only.
            parser.inclusion = id.Kind != ProjectionKind.Slice;
        }

        return parser;
    }

    private void ParseLevel(BsonDocument spec, string prefix)
    {
        foreach (var element in spec)
        {
            var path = prefix + element.Name;
            if (element.Value is BsonDocument { ElementCount: > 0 } sub && !sub.GetElement(0).Name.StartsWith('$'))
            {
                ParseLevel(sub, path + ".");
                continue;
            }

            ParseField(path, element.Value);
        }
    }

    private void ParseField(string path, BsonValue value)
    {
        if (path.EndsWith(".$", StringComparison.Ordinal))
        {
            if (positionalPath is not null)
            {
                throw Errors.Location(31276, "Cannot specify more than one positional projection per query.");
            }

            if (!IsTruthyFlag(value))
            {
                throw Errors.Location(31395, $"Cannot use positional projection in exclusion projection");
            }

            positionalPath = path[..^2];
            SetMode(path, true);
            Add(positionalPath, ProjectionKind.Positional);
            return;
        }

        if (path.Contains(".$", StringComparison.Ordinal) || path.StartsWith('$'))
        {
            throw Errors.Location(16410, $"FieldPath field names may not start with '$'. Consider using $getField or $setField.");
        }

        switch (value)
        {
            case BsonBoolean or BsonInt32 or BsonInt64 or BsonDouble or BsonDecimal128:
            {
                var include = IsTruthyFlag(value);
                if (path == "_id")
                {
                    IdExcluded = !include;
                    Add(path, include ? ProjectionKind.Include : ProjectionKind.Exclude);
                    return;
                }

                SetMode(path, include);
                Add(path, include ? ProjectionKind.Include : ProjectionKind.Exclude);
                return;
            }

            case BsonDocument { ElementCount: 0 }:
                throw Errors.Location(51270, $"An empty sub-projection is not a valid value. Found empty object at path");
            case BsonDocument operators when operators.GetElement(0).Name is "$slice" or "$elemMatch" or "$meta":
                ParseOperator(path, operators);
                return;
            default:
                if (path == "_id")
                {
                    IdExcluded = false;
                }
                else
                {
                    SetMode(path, true, isExpression: true);
                }

                var node = Add(path, ProjectionKind.Compute);
                node.Expression = Expression.Parse(value);
                return;
        }
    }

    private void ParseOperator(string path, BsonDocument operators)
    {
        var element = operators.GetElement(0);
        if (operators.ElementCount > 1)
        {
            throw Errors.Location(31253, $"Cannot do inclusion on field {path} in exclusion projection");
        }

        switch (element.Name)
        {
            case "$meta":
                throw element.Value is BsonString { Value: "textScore" }
                    ? Errors.Location(40218, "query requires text score metadata, but it is not available")
                    : Errors.Location(17308, $"Unsupported argument to $meta: {element.Value}");
            case "$elemMatch":
            {
                if (path.Contains('.', StringComparison.Ordinal))
                {
                    throw Errors.Location(31275, "Cannot use $elemMatch projection on a nested field.");
                }

                if (element.Value is not BsonDocument)
                {
                    throw Errors.Location(31274, "elemMatch: Invalid argument, object required!");
                }

                SetMode(path, true);
                var node = Add(path, ProjectionKind.ElemMatch);
                node.ElemMatch = ArrayQueryOperators.ParseElemMatch(element.Value, now).ToPredicate();
                return;
            }

            default:
            {
                var node = Add(path, ProjectionKind.Slice);
                ParseSlice(node, element.Value);
                return;
            }
        }
    }

    private static void ParseSlice(ProjectionNode node, BsonValue argument)
    {
        switch (argument)
        {
            case var n when BsonOrder.IsNumber(n):
                node.SliceSkip = ClampToInt(n);
                return;
            case BsonArray { Count: 2 } pair when BsonOrder.IsNumber(pair[0]) && BsonOrder.IsNumber(pair[1]):
            {
                var limit = ClampToInt(pair[1]);
                if (limit <= 0)
                {
                    throw Errors.Location(28724, "Second argument to $slice must be a positive number");
                }

                node.SliceSkip = ClampToInt(pair[0]);
                node.SliceLimit = limit;
                return;
            }

            default:
                throw Errors.Location(28667, "Invalid $slice syntax. The given syntax did not match the find() syntax because :: Location31273: $slice only supports numbers and [skip, limit] arrays");
        }
    }

    private static int ClampToInt(BsonValue value) => (int)Math.Clamp(Math.Truncate(Numeric.ToDouble(value)), int.MinValue, int.MaxValue);

    private static bool IsTruthyFlag(BsonValue value) => value switch
    {
        BsonBoolean b => b.Value,
        _ when BsonOrder.IsNumber(value) => Numeric.ToDouble(value) != 0,
        _ => true,
    };

    private void SetMode(string path, bool include, bool isExpression = false)
    {
        if (inclusion is null)
        {
            inclusion = include;
            return;
        }

        if (inclusion.Value && !include)
        {
            throw Errors.Location(31254, $"Cannot do exclusion on field {path} in inclusion projection");
        }

        if (!inclusion.Value && include)
        {
            throw isExpression
                ? Errors.Location(31252, $"Cannot use expression other than $meta in exclusion projection")
                : Errors.Location(31253, $"Cannot do inclusion on field {path} in exclusion projection");
        }
    }

    private ProjectionNode Add(string path, ProjectionKind kind)
    {
        var parts = path.Split('.');
        var node = Root;
        for (var i = 0; i < parts.Length; i++)
        {
            if (node.Kind != ProjectionKind.Path)
            {
                throw Errors.Location(31249, $"Path collision at {path} remaining portion {string.Join('.', parts[i..])}");
            }

            if (kind == ProjectionKind.Compute)
            {
                node.HasComputed = true;
            }

            if (node.TryGetChild(parts[i], out var child))
            {
                if (i == parts.Length - 1)
                {
                    throw Errors.Location(31250, $"Path collision at {path}");
                }

                node = child;
                continue;
            }

            node = node.AddChild(parts[i]);
        }

        node.Kind = kind;
        return node;
    }
}
