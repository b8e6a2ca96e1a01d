using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>One server command. Each lives in its own file and is listed in <see cref="CommandTable"/>.</summary>
public abstract class CommandHandler
{
    /// <summary>The command's name as it appears as the first field of the command document.</summary>
    public abstract string Name { get; }

    /// <summary>A line of help, as listCommands would show it.</summary>
    public abstract string Help { get; }

    /// <summary>Fields this command accepts besides its own name and the generic ones (lsid, $db...).</summary>
    public virtual IReadOnlyCollection<string> Fields { get; } = [];

    /// <summary>The IDL type of each typed field: the dispatcher refuses a value of another type before the command runs.</summary>
    public virtual IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>();

    /// <summary>Whether unknown fields are refused (40415); commands that take free-form options say false.</summary>
    public virtual bool StrictFields => true;

    public abstract Task<BsonDocument> ExecuteAsync(CommandContext context);
}
