using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>Validates and keeps the collection options shared by create and collMod.</summary>
public static class CollectionOptions
{
    public static BsonDocument Parse(BsonDocument command, string commandName)
    {
        var options = new BsonDocument();
        if (CommandArgs.OptionalDocument(command, "validator") is { } validator)
        {
            // Parsing now reports a bad validator at create time, as the server does.
            Filter.Parse(validator);
            options["validator"] = validator;
        }

        if (CommandArgs.OptionalString(command, "validationLevel") is { } level)
        {
            if (level is not ("off" or "strict" or "moderate"))
            {
                throw Errors.BadValue($"Enumeration value '{level}' for field '{commandName}.validationLevel' is not a valid value.");
            }

            options["validationLevel"] = level;
        }

        if (CommandArgs.OptionalString(command, "validationAction") is { } action)
        {
            if (action is not ("error" or "warn" or "errorAndLog"))
            {
                throw Errors.BadValue($"Enumeration value '{action}' for field '{commandName}.validationAction' is not a valid value.");
            }

            options["validationAction"] = action;
        }

        // A default collation ("Collation" in the manual) applies to every query on the collection that names none.
        if (commandName == "create" && CommandArgs.OptionalDocument(command, "collation") is { } collation && Collation.Parse(collation) is not null)
        {
            options["collation"] = collation;
        }

        if (CommandArgs.OptionalDocument(command, "changeStreamPreAndPostImages") is { } images)
        {
            options["changeStreamPreAndPostImages"] = images;
        }

        if (options.Contains("validator") || commandName == "create")
        {
            if (options.Contains("validator") && !options.Contains("validationLevel") && commandName == "create")
            {
                options["validationLevel"] = "strict";
            }

            if (options.Contains("validator") && !options.Contains("validationAction") && commandName == "create")
            {
                options["validationAction"] = "error";
            }
        }

        return options;
    }
}
