using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// The arrayFilters of an update: one filter per identifier, matched against each array element
/// for "$[identifier]" (the element is tested as the value of a field named by the identifier).
/// </summary>
public sealed class ArrayFilters
{
    private readonly Dictionary<string, Filter> filters = new(StringComparer.Ordinal);

    public static readonly ArrayFilters None = new();

    public IEnumerable<string> Identifiers => filters.Keys;

    public bool IsEmpty => filters.Count == 0;

    public static ArrayFilters Parse(BsonArray? specs)
    {
        var result = new ArrayFilters();
        if (specs is null)
        {
            return result;
        }

        foreach (var spec in specs)
        {
            if (spec is not BsonDocument document)
            {
                throw Errors.TypeMismatch($"Each array filter must be an object, found {CommandArgs.TypeName(spec)}");
            }

            var identifier = TopLevelName(document);
            if (result.filters.ContainsKey(identifier))
            {
                throw Errors.FailedToParse($"Found multiple array filters with the same top-level field name {identifier}");
            }

            result.filters[identifier] = Filter.Parse(document);
        }

        return result;
    }

    public bool Contains(string identifier) => filters.ContainsKey(identifier);

    public bool Matches(string identifier, BsonValue element) => filters[identifier].Matches(new BsonDocument(identifier, element));

    private static string TopLevelName(BsonDocument document)
    {
        string? identifier = null;
        foreach (var element in document)
        {
            var name = element.Name;
            if (name.StartsWith('$'))
            {
                continue;
            }

            var top = name.Split('.')[0];
            if (identifier is null)
            {
                identifier = top;
            }
            else if (identifier != top)
            {
                throw Errors.FailedToParse($"Error parsing array filter :: caused by :: Expected a single top-level field name, found '{identifier}' and '{top}'");
            }
        }

        if (identifier is null)
        {
            throw Errors.FailedToParse("Cannot use an expression without a top-level field name in arrayFilters");
        }

        if (!char.IsAsciiLetterLower(identifier[0]) || !identifier.All(char.IsAsciiLetterOrDigit))
        {
            throw Errors.BadValue($"Error parsing array filter :: caused by :: The top-level field name must be an alphanumeric string beginning with a lowercase letter, found '{identifier}'");
        }

        return identifier;
    }
}
