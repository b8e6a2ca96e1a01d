using System.Globalization;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// Turns an update path into the concrete paths it names in one document: "$" becomes the index
/// the query matched, "$[]" every index of the array, "$[id]" every index whose element passes
/// the array filter "id". A path without positional components names itself.
/// </summary>
public sealed class PathExpander
{
    private readonly UpdatePath path;
    private readonly BsonDocument document;
    private readonly UpdateContext context;
    private readonly ArrayFilters arrayFilters;

    public PathExpander(UpdatePath path, BsonDocument document, UpdateContext context, ArrayFilters arrayFilters)
    {
        this.path = path;
        this.document = document;
        this.context = context;
        this.arrayFilters = arrayFilters;
    }

    public List<string[]> Expand()
    {
        var output = new List<string[]>();
        if (!path.IsDynamic)
        {
            output.Add(path.Parts);
            return output;
        }

        Walk(document, 0, [], output);
        return output;
    }

    private void Walk(BsonValue? current, int i, List<string> prefix, List<string[]> output)
    {
        if (i == path.Parts.Length)
        {
            output.Add([.. prefix]);
            return;
        }

        var part = path.Parts[i];
        if (part == "$")
        {
            var index = PositionalMatch.FirstIndex(context.Query, string.Join('.', prefix), context.Original)
                ?? throw Errors.BadValue("The positional operator did not find the match needed from the query.");
            prefix.Add(index.ToString(CultureInfo.InvariantCulture));
            Walk(current is null ? null : UpdateTarget.Child(current, prefix[^1]), i + 1, prefix, output);
            prefix.RemoveAt(prefix.Count - 1);
            return;
        }

        if (UpdatePath.IsArrayFilter(part))
        {
            if (current is null)
            {
                throw Errors.BadValue($"The path '{string.Join('.', prefix)}' must exist in the document in order to apply array updates.");
            }

            if (current is not BsonArray array)
            {
                throw Errors.BadValue($"Cannot apply array updates to non-array element {ValueText.Element(prefix.Count == 0 ? string.Empty : prefix[^1], current)}");
            }

            var identifier = UpdatePath.Identifier(part);
            for (var j = 0; j < array.Count; j++)
            {
                if (identifier.Length == 0 || arrayFilters.Matches(identifier, array[j]))
                {
                    prefix.Add(j.ToString(CultureInfo.InvariantCulture));
                    Walk(array[j], i + 1, prefix, output);
                    prefix.RemoveAt(prefix.Count - 1);
                }
            }

            return;
        }

        prefix.Add(part);
        Walk(current is null ? null : UpdateTarget.Child(current, part), i + 1, prefix, output);
        prefix.RemoveAt(prefix.Count - 1);
    }
}
