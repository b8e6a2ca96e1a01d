using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace ShopCli.Infrastructure;

/// <summary>The options every database command takes: where the MongoDB is, and which database.</summary>
public class DatabaseSettings : CommandSettings
{
    [CommandOption("--uri <URI>")]
    [Description("MongoDB connection string (default: $MONGODB_URI, else the embedded server)")]
    public string? Uri { get; init; }

    [CommandOption("--database <NAME>")]
    [Description("Database holding the shop's collections")]
    [DefaultValue("shop")]
    public string Database { get; init; } = "shop";

    [CommandOption("--dbpath <DIR>")]
    [Description("Folder where the embedded server keeps its data between commands (used without a URI)")]
    [DefaultValue(".shopdata")]
    public string DbPath { get; init; } = ".shopdata";

    public override ValidationResult Validate()
    {
        // MongoDB's naming restrictions for database names (manual: "Naming Restrictions").
        if (string.IsNullOrWhiteSpace(Database) || Database.Length > 63 || Database.IndexOfAny(['/', '\\', '.', ' ', '"', '$', '*', '<', '>', ':', '|', '?']) >= 0)
        {
            return ValidationResult.Error($"--database '{Database}' is not a valid MongoDB database name");
        }

        return ValidationResult.Success();
    }
}
