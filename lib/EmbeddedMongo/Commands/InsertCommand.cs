using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>insert: adds documents; ordered inserts stop at the first error, unordered ones go on.</summary>
public sealed class InsertCommand : CommandHandler
{
    public override string Name => "insert";

    public override string Help => "inserts documents: {insert: coll, documents: [...], ordered: true}";

    public override IReadOnlyCollection<string> Fields { get; } = ["documents", "ordered", "bypassDocumentValidation", "let"];

    public override IReadOnlyDictionary<string, IdlType> Types { get; } = new Dictionary<string, IdlType>
    {
        ["documents"] = IdlType.ArrayOfObjects,
        ["ordered"] = IdlType.Bool,
        ["bypassDocumentValidation"] = IdlType.SafeBool,
    };

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        var command = context.Command;
        var collectionName = CommandArgs.RequireCollectionName(command);
        var documents = CommandArgs.OptionalArray(command, "documents") ?? throw Errors.Location(40414, "BSON field 'insert.documents' is missing but a required field");
        var ordered = CommandArgs.OptionalBool(command, "ordered", true);
        var bypass = CommandArgs.OptionalBool(command, "bypassDocumentValidation", false);
        var prepared = new List<BsonDocument?>(documents.Count);
        var writeErrors = new BsonArray();
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i] is not BsonDocument document)
            {
                throw CommandArgs.WrongType("insert", $"documents.{i}", documents[i], "object");
            }

            try
            {
                prepared.Add(DocumentRules.PrepareForInsert(document));
            }
            catch (MongoServerException ex)
            {
                prepared.Add(null);
                writeErrors.Add(ex.ToWriteError(i));
                if (ordered)
                {
                    break;
                }
            }
        }

        var inserted = context.Storage.Write(() =>
        {
            var collection = context.Storage.GetOrCreateCollection(context.Database, collectionName);
            var n = 0;
            for (var i = 0; i < prepared.Count; i++)
            {
                var document = prepared[i];
                if (document is null)
                {
                    continue;
                }

                try
                {
                    if (!bypass)
                    {
                        DocumentValidator.Check(collection, document, null);
                    }

                    collection.Insert(document);
                    n++;
                }
                catch (MongoServerException ex)
                {
                    writeErrors.Add(ex.ToWriteError(i));
                    if (ordered)
                    {
                        break;
                    }
                }
            }

            if (n > 0)
            {
                context.Server.Clock.Tick();
            }

            return n;
        });
        context.Server.Statistics.CountInserts(inserted);
        var reply = new BsonDocument { { "n", inserted } };
        if (writeErrors.Count > 0)
        {
            reply["writeErrors"] = new BsonArray(writeErrors.OrderBy(e => e["index"].AsInt32));
        }

        reply["ok"] = 1.0;
        return Task.FromResult(reply);
    }
}
