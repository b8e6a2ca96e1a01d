using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query.Projections;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// A parsed find projection ("Project Fields to Return from Query"): inclusion or exclusion of
/// (dotted) paths, computed fields, $slice, $elemMatch and the positional "field.$", which uses
/// the array position where <see cref="Filter"/> matched. Parse once, apply to many documents.
/// </summary>
public sealed class Projection
{
    private readonly ProjectionParser parsed;
    private readonly Filter? filter;
    private readonly DateTime now;

    private Projection(ProjectionParser parsed, Filter? filter, DateTime now)
    {
        this.parsed = parsed;
        this.filter = filter;
        this.now = now;
    }

    public static Projection? Parse(BsonDocument? spec, Filter? filter = null)
    {
        if (spec is null || spec.ElementCount == 0)
        {
            return null;
        }

        var now = DateTime.UtcNow;
        var parsed = ProjectionParser.Parse(spec, now);
        if (parsed.PositionalPath is { } positional && filter is not null && !MentionsPath(filter.Source, positional))
        {
            throw Errors.Location(51050, $"Positional projection '{positional}.$' does not match the query document.");
        }

        return new Projection(parsed, filter, now);
    }

    /// <summary>Applies the projection; never mutates <paramref name="document"/>.</summary>
    public BsonDocument Apply(BsonDocument document)
    {
        var offset = -1;
        if (parsed.PositionalPath is not null)
        {
            if (filter is null || !filter.Matches(document, out offset, out _) || offset < 0)
            {
                throw Errors.Location(51246, "Executor error during find command :: caused by :: positional operator '.$' couldn't find a matching element in the array");
            }
        }

        var context = new ApplyContext(document, now, offset);
        return parsed.IsInclusion ? Include(parsed.Root, document, context, true) : Exclude(parsed.Root, document, context);
    }

    private sealed class ApplyContext(BsonDocument root, DateTime now, int offset)
    {
        private EvaluationContext? evaluation;

        public int Offset { get; } = offset;

        public EvaluationContext Evaluation => evaluation ??= new EvaluationContext(root, now);
    }

    private BsonDocument Include(ProjectionNode node, BsonDocument source, ApplyContext context, bool top)
    {
        var result = new BsonDocument();
        foreach (var element in source)
        {
            if (!node.TryGetChild(element.Name, out var child))
            {
                if (top && element.Name == "_id" && !parsed.IdExcluded)
                {
                    result.Add(element);
                }

                continue;
            }

            if (IncludeValue(child, element.Value, context) is { } value)
            {
                result.Add(element.Name, value);
            }
        }

        if (node.HasComputed)
        {
            foreach (var (name, child) in node.Children)
            {
                if (child.Kind == ProjectionKind.Compute)
                {
                    if (child.Expression!.Evaluate(context.Evaluation) is { } computed)
                    {
                        result[name] = computed;
                    }
                }
                else if (child.Kind == ProjectionKind.Path && child.HasComputed && !source.Contains(name))
                {
                    result.Add(name, Include(child, new BsonDocument(), context, false));
                }
            }
        }

        return result;
    }

    private BsonValue? IncludeValue(ProjectionNode node, BsonValue value, ApplyContext context) => node.Kind switch
    {
        ProjectionKind.Include => value,
        ProjectionKind.Exclude or ProjectionKind.Compute => null,
        ProjectionKind.Slice => node.Slice(value),
        ProjectionKind.ElemMatch => node.FirstElemMatch(value),
        ProjectionKind.Positional => value is BsonArray array
            ? context.Offset < array.Count ? new BsonArray(1) { array[context.Offset] } : throw Errors.Location(51246, "Executor error during find command :: caused by :: positional operator '.$' element mismatch")
            : value,
        _ => value switch
        {
            BsonDocument document => Include(node, document, context, false),
            BsonArray array => IncludeArray(node, array, context),
            _ => node.HasComputed ? Include(node, new BsonDocument(), context, false) : null,
        },
    };

    private BsonArray IncludeArray(ProjectionNode node, BsonArray array, ApplyContext context)
    {
        var result = new BsonArray(array.Count);
        foreach (var item in array)
        {
            switch (item)
            {
                case BsonDocument document:
                    result.Add(Include(node, document, context, false));
                    break;
                case BsonArray nested:
                    result.Add(IncludeArray(node, nested, context));
                    break;
            }
        }

        return result;
    }

    private BsonDocument Exclude(ProjectionNode node, BsonDocument source, ApplyContext context)
    {
        var result = new BsonDocument();
        foreach (var element in source)
        {
            if (!node.TryGetChild(element.Name, out var child))
            {
                result.Add(element);
                continue;
            }

            if (ExcludeValue(child, element.Value, context) is { } value)
            {
                result.Add(element.Name, value);
            }
        }

        return result;
    }

    private BsonValue? ExcludeValue(ProjectionNode node, BsonValue value, ApplyContext context) => node.Kind switch
    {
        ProjectionKind.Exclude => null,
        ProjectionKind.Include => value,
        ProjectionKind.Slice => node.Slice(value),
        ProjectionKind.ElemMatch => node.FirstElemMatch(value),
        _ => value switch
        {
            BsonDocument document => Exclude(node, document, context),
            BsonArray array => ExcludeArray(node, array, context),
            _ => value,
        },
    };

    private BsonArray ExcludeArray(ProjectionNode node, BsonArray array, ApplyContext context)
    {
        var result = new BsonArray(array.Count);
        foreach (var item in array)
        {
            result.Add(item switch
            {
                BsonDocument document => Exclude(node, document, context),
                BsonArray nested => ExcludeArray(node, nested, context),
                _ => item,
            });
        }

        return result;
    }

    /// <summary>Whether the query has a condition on the positional path or a prefix/extension of it.</summary>
    private static bool MentionsPath(BsonDocument query, string path)
    {
        foreach (var element in query)
        {
            if (element.Name is "$and" or "$or" or "$nor" && element.Value is BsonArray clauses)
            {
                if (clauses.OfType<BsonDocument>().Any(c => MentionsPath(c, path)))
                {
                    return true;
                }

                continue;
            }

            var name = element.Name;
            if (name == path || name.StartsWith(path + ".", StringComparison.Ordinal) || path.StartsWith(name + ".", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
