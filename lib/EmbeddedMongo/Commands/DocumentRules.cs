using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>Rules every stored document obeys: an _id first, of a type allowed for _id.</summary>
public static class DocumentRules
{
    /// <summary>Returns the document to store: _id generated when absent and moved first.</summary>
    public static BsonDocument PrepareForInsert(BsonDocument document)
    {
        if (!document.TryGetValue("_id", out var id))
        {
            var withId = new BsonDocument("_id", ObjectId.GenerateNewId());
            withId.AddRange(document);
            return withId;
        }

        CheckId(id);
        if (document.GetElement(0).Name == "_id")
        {
            return document;
        }

        var reordered = new BsonDocument("_id", id);
        foreach (var element in document)
        {
            if (element.Name != "_id")
            {
                reordered.Add(element);
            }
        }

        return reordered;
    }

    public static void CheckId(BsonValue id)
    {
        switch (id.BsonType)
        {
            case BsonType.Array:
                throw Errors.BadValue("The '_id' value cannot be of type array");
            case BsonType.RegularExpression:
                throw Errors.BadValue("can't use a regex for _id");
            case BsonType.Undefined:
                throw Errors.BadValue("can't use a undefined for _id");
            case BsonType.Document:
                foreach (var element in id.AsBsonDocument)
                {
                    if (element.Name.StartsWith('$'))
                    {
                        throw Errors.DollarPrefixedFieldName($"_id fields may not contain '$'-prefixed fields: {element.Name} is not valid for storage.");
                    }
                }

                break;
        }
    }
}
