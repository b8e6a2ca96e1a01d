using EmbeddedMongo.Commands;

namespace EmbeddedMongo.Aggregation;

/// <summary>Checks of field paths named by stages (the server's FieldPath rules).</summary>
public static class FieldNames
{
    /// <summary>Splits and validates a dotted path such as "a.b.c".</summary>
    public static string[] Split(string path)
    {
        if (path.Length == 0)
        {
            throw Errors.Location(40352, "FieldPath cannot be constructed with empty string");
        }

        var parts = Protocol.NamePool.SharedParts(path);
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                throw Errors.Location(15998, "FieldPath field names may not be empty strings.");
            }

            if (part[0] == '$')
            {
                throw Errors.Location(16410, $"FieldPath field names may not start with '$'. Consider using $getField or $setField.");
            }
        }

        return parts;
    }

    /// <summary>A "$path" field reference (as $unwind and $lookup name them) without its '$'.</summary>
    public static bool IsFieldReference(string value) => value.Length > 1 && value[0] == '$' && value[1] != '$';
}
