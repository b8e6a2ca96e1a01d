using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using EmbeddedMongo.Storage;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $out: replaces the contents of a collection (created when missing, its indexes kept) with the
/// pipeline's results, all or nothing: a duplicate key or a validation failure leaves it untouched.
/// </summary>
public sealed class OutStage(string? database, string collection) : IPipelineStage
{
    public string Name => "$out";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (!where.IsLast)
        {
            throw Errors.Location(40601, "$out can only be the final stage in the pipeline");
        }

        switch (spec)
        {
            case BsonString s:
                return new OutStage(null, s.Value);
            case BsonDocument d:
                foreach (var element in d)
                {
                    if (element.Name is not ("db" or "coll"))
                    {
                        throw Errors.Location(40415, $"BSON field '$out.{element.Name}' is an unknown field.");
                    }
                }

                var coll = d.GetValue("coll", BsonNull.Value) as BsonString ?? throw Errors.Location(40414, "BSON field '$out.coll' is missing but a required field");
                var db = d.GetValue("db", BsonNull.Value) as BsonString ?? throw Errors.Location(40414, "BSON field '$out.db' is missing but a required field");
                return new OutStage(db.Value, coll.Value);
            default:
                throw Errors.Location(16990, $"$out only supports a string or object argument, but found {CommandArgs.TypeName(spec)}");
        }
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var targetDatabase = database ?? context.Database;
        NamespaceRules.CheckCollectionName(targetDatabase, collection);
        var documents = input.Select(DocumentRules.PrepareForInsert).ToList();
        context.Storage.Write(() =>
        {
            var existing = context.Storage.FindCollection(targetDatabase, collection);

            // Rehearse on a scratch collection with the same indexes, so that a failure changes nothing.
            var scratch = new CollectionStore(targetDatabase, collection, existing?.Options ?? new BsonDocument());
            foreach (var index in existing?.Indexes.Skip(1) ?? [])
            {
                scratch.AddIndex(new IndexStore(index.Name, index.KeyPattern, index.Spec));
            }

            foreach (var document in documents)
            {
                if (existing is not null && !context.BypassDocumentValidation)
                {
                    DocumentValidator.Check(existing, document, null);
                }

                scratch.Insert(document);
            }

            var target = existing ?? context.Storage.GetOrCreateCollection(targetDatabase, collection);
            target.Clear();
            foreach (var document in documents)
            {
                target.Insert(document);
            }

            context.AfterWrite?.Invoke();
            return 0;
        });
        yield break;
    }
}
