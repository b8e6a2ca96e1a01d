namespace EmbeddedMongo.Commands;

/// <summary>Every command the server answers, sorted by name. Adding a command is adding a line here.</summary>
public static class CommandTable
{
    private static readonly CommandHandler[] Handlers =
    [
        new AbortTransactionCommand(),
        new AggregateCommand(),
        new BuildInfoCommand("buildInfo"),
        new BuildInfoCommand("buildinfo"),
        new CollModCommand(),
        new CollStatsCommand(),
        new CommitTransactionCommand(),
        new ConnectionStatusCommand(),
        new CountCommand(),
        new CreateCommand(),
        new CreateIndexesCommand(),
        new CreateUserCommand(),
        new DbStatsCommand(),
        new DeleteCommand(),
        new DistinctCommand(),
        new DropCommand(),
        new DropDatabaseCommand(),
        new DropIndexesCommand(),
        new DropUserCommand(),
        new EndSessionsCommand(),
        new ExplainCommand(),
        new FindCommand(),
        new FindAndModifyCommand(),
        new GetMoreCommand(),
        new GetParameterCommand(),
        new HelloCommand("hello"),
        new InsertCommand(),
        new HelloCommand("isMaster"),
        new HelloCommand("ismaster"),
        new KillCursorsCommand(),
        new KillSessionsCommand(),
        new ListCollectionsCommand(),
        new ListCommandsCommand(),
        new ListDatabasesCommand(),
        new ListIndexesCommand(),
        new PingCommand(),
        new RefreshSessionsCommand(),
        new RenameCollectionCommand(),
        new SaslContinueCommand(),
        new SaslStartCommand(),
        new ServerStatusCommand(),
        new SetParameterCommand(),
        new StartSessionCommand(),
        new UpdateCommand(),
        new WhatsMyUriCommand(),
    ];

    private static readonly Dictionary<string, CommandHandler> ByName = Handlers.ToDictionary(h => h.Name, StringComparer.Ordinal);

    public static IEnumerable<CommandHandler> All => Handlers;

    public static CommandHandler? Find(string name) => ByName.GetValueOrDefault(name);
}
