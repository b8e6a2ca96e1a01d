using System.Globalization;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// A string key for "this document of this collection", equal for _id values the _id index
/// treats as equal (1, 1L and 1.0), used for write sets and write-conflict checks.
/// </summary>
public static class DocumentKey
{
    public static string Of(string ns, BsonValue id) => ns + "\u0001" + IdKey(id);

    public static string IdKey(BsonValue id) => BsonOrder.IsNumber(id)
        ? "n:" + Numeric.ToDouble(id).ToString("R", CultureInfo.InvariantCulture)
        : id.BsonType + ":" + id.ToJson();

    public static BsonValue IdOf(BsonDocument document) => document.GetValue("_id", BsonNull.Value);
}
