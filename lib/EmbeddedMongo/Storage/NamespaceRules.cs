using EmbeddedMongo.Commands;

namespace EmbeddedMongo.Storage;

/// <summary>Naming restrictions from the manual's "Naming Restrictions" page.</summary>
public static class NamespaceRules
{
    private static readonly char[] ForbiddenInDatabase = ['/', '\\', '.', ' ', '"', '$', '\0'];

    public static void CheckDatabaseName(string database)
    {
        if (database.Length == 0 || database.IndexOfAny(ForbiddenInDatabase) >= 0 || database.Length > 63)
        {
            throw Errors.InvalidNamespace($"Invalid database name: '{database}'");
        }
    }

    public static void CheckCollectionName(string database, string collection)
    {
        CheckDatabaseName(database);
        if (collection.Length == 0)
        {
            throw Errors.InvalidNamespace($"Invalid namespace specified '{database}.'");
        }

        if (collection.Contains('$') || collection.Contains('\0') || collection.StartsWith("system.", StringComparison.Ordinal) && collection != "system.profile" && collection != "system.users" && collection != "system.js" && collection != "system.views")
        {
            throw Errors.InvalidNamespace($"Invalid collection name: {collection}");
        }
    }
}
