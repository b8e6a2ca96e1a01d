using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// An update made of operators ({$set: {...}, $inc: {...}}). Parsing checks every operator,
/// operand and path once, and refuses two operations on the same path or on a path and its
/// prefix (40 ConflictingUpdateOperators). Applying resolves positional components against the
/// document, then applies the operations in the server's field order (<see cref="UpdatePathOrder"/>).
/// </summary>
public sealed class OperatorUpdate : ParsedUpdate
{
    private sealed record Entry(UpdateOperator Operator, UpdatePath Path, object Operand);

    private readonly List<Entry> entries;
    private readonly ArrayFilters arrayFilters;

    private OperatorUpdate(List<Entry> entries, ArrayFilters arrayFilters)
    {
        this.entries = entries;
        this.arrayFilters = arrayFilters;
    }

    public static OperatorUpdate Parse(BsonDocument update, ArrayFilters arrayFilters)
    {
        var entries = new List<Entry>();
        var claimed = new PathClaims();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var modifier in update)
        {
            var op = UpdateOperatorTable.Find(modifier.Name)
                ?? throw Errors.FailedToParse($"Unknown modifier: {modifier.Name}. Expected a valid update modifier or pipeline-style update specified as an array");
            if (modifier.Value is not BsonDocument fields)
            {
                throw Errors.FailedToParse($"Modifiers operate on fields but we found type {CommandArgs.TypeName(modifier.Value)} instead. For example: {{$mod: {{<field>: ...}}}} not {{{ValueText.Element(modifier.Name, modifier.Value)}}}");
            }

            if (fields.ElementCount == 0)
            {
                throw Errors.FailedToParse($"'{modifier.Name}' is empty. You must specify a field like so: {{{modifier.Name}: {{<field>: ...}}}}");
            }

            foreach (var field in fields)
            {
                var path = UpdatePath.Parse(field.Name);
                foreach (var part in path.Parts.Where(UpdatePath.IsArrayFilter).Select(UpdatePath.Identifier).Where(id => id.Length > 0))
                {
                    if (!arrayFilters.Contains(part))
                    {
                        throw Errors.BadValue($"No array filter found for identifier '{part}' in path '{path.Text}'");
                    }

                    used.Add(part);
                }

                var operand = op.Prepare(path, field.Value);
                if (operand is RenameOperator.RenameSpec rename)
                {
                    claimed.Claim(rename.From);
                    claimed.Claim(rename.To);
                    entries.Add(new Entry(op, rename.To, operand));
                }
                else
                {
                    claimed.Claim(path);
                    entries.Add(new Entry(op, path, operand));
                }
            }
        }

        foreach (var identifier in arrayFilters.Identifiers)
        {
            if (!used.Contains(identifier))
            {
                throw Errors.FailedToParse($"The array filter for identifier '{identifier}' was not used in the update {ValueText.Value(update)}");
            }
        }

        return new OperatorUpdate(entries, arrayFilters);
    }

    public override BsonDocument Apply(BsonDocument original, UpdateContext context)
    {
        var document = original.DeepClone().AsBsonDocument;
        var actions = new List<(string[] Parts, Entry Entry)>();
        foreach (var entry in entries)
        {
            var expander = new PathExpander(entry.Path, original, context, arrayFilters);
            actions.AddRange(expander.Expand().Select(parts => (parts, entry)));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parts, _) in actions)
        {
            var text = string.Join('.', parts);
            if (!seen.Add(text))
            {
                throw Errors.ConflictingUpdateOperators($"Update created a conflict at '{text}'");
            }
        }

        foreach (var (parts, entry) in actions.OrderBy(a => a.Parts, UpdatePathOrder.Instance))
        {
            entry.Operator.Apply(new UpdateTarget(document, parts), entry.Operand, context);
        }

        CheckIdUnchanged(original, document);
        CheckTopLevelNames(document);
        return document;
    }

    public override BsonDocument BuildUpsert(BsonDocument query, UpdateContext context)
    {
        var seed = UpsertSeed.FromQuery(query);
        context.Original = seed;
        context.IsInsert = true;
        return WithIdFirst(Apply(seed, context));
    }

    /// <summary>Since MongoDB 5.0 only top-level field names may not start with '$' (storage validation).</summary>
    private static void CheckTopLevelNames(BsonDocument document)
    {
        foreach (var element in document)
        {
            if (element.Name.StartsWith('$') && element.Name is not ("$ref" or "$id" or "$db"))
            {
                throw Errors.DollarPrefixedFieldName($"The dollar ($) prefixed field '{element.Name}' in '{element.Name}' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.");
            }
        }
    }

    private void CheckIdUnchanged(BsonDocument original, BsonDocument updated)
    {
        if (!original.TryGetValue("_id", out var id))
        {
            return;
        }

        if (!updated.TryGetValue("_id", out var newId) || !newId.Equals(id))
        {
            var renamed = entries.Select(e => e.Operand).OfType<RenameOperator.RenameSpec>().FirstOrDefault(r => r.From.Parts[0] == "_id");
            if (renamed is not null)
            {
                throw Errors.ImmutableField($"Unsetting the path '{renamed.From.Text}' using $rename would modify the immutable field '_id'");
            }

            var path = entries.Select(e => e.Path.Text).FirstOrDefault(p => p == "_id" || p.StartsWith("_id.", StringComparison.Ordinal)) ?? "_id";
            throw Errors.ImmutableField($"Performing an update on the path '{path}' would modify the immutable field '_id'");
        }
    }

    /// <summary>The paths an update touches, as a tree: a path may not equal or extend another.</summary>
    private sealed class PathClaims
    {
        private sealed class Node
        {
            public bool Terminal { get; set; }

            public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);
        }

        private readonly Node root = new();

        public void Claim(UpdatePath path)
        {
            var node = root;
            for (var i = 0; i < path.Parts.Length; i++)
            {
                if (node.Terminal)
                {
                    throw Conflict(path, string.Join('.', path.Parts[..i]));
                }

                if (!node.Children.TryGetValue(path.Parts[i], out var child))
                {
                    child = new Node();
                    node.Children[path.Parts[i]] = child;
                }

                node = child;
            }

            if (node.Terminal || node.Children.Count > 0)
            {
                throw Conflict(path, path.Text);
            }

            node.Terminal = true;
        }

        private static MongoServerException Conflict(UpdatePath path, string at)
            => Errors.ConflictingUpdateOperators($"Updating the path '{path.Text}' would create a conflict at '{at}'");
    }
}
