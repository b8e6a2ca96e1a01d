using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>drop: removes a collection and its indexes (a missing collection is not an error since 7.0).</summary>
public sealed class DropCommand : CommandHandler
{
    public override string Name => "drop";

    public override string Help => "drops a collection: {drop: coll}";

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var name = CommandArgs.RequireCollectionName(context.Command);
        return Task.FromResult(context.Storage.Write(() =>
        {
            var collection = context.Storage.FindCollection(context.Database, name);
            var reply = new BsonDocument();
            if (collection is not null)
            {
                reply["nIndexesWas"] = collection.Indexes.Count;
                reply["ns"] = collection.Namespace;
                context.Storage.DropCollection(context.Database, name);
                context.Server.Clock.Tick();
            }

            reply["ok"] = 1.0;
            return reply;
        }));
    }
}
