using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using MongoDB.Driver;
using ShopAnalytics.Models;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Data;

/// <summary>
/// The small named dataset in <c>data/tutorial/*.json</c> (MongoDB Extended JSON arrays, loadable with
/// <c>mongoimport --jsonArray</c>): Alice Smith spends most, Bob Jones has no orders, the Laptop sells
/// most units, Electronics leads revenue, nothing is out of stock.
/// </summary>
public static class TutorialData
{
    /// <summary>The folder holding customers.json, products.json, orders.json and order_items.json.</summary>
    public static string FindFolder() => DataFolderLocator.Find();

    /// <summary>The documents of one collection exactly as stored in the file (Decimal128, dates).</summary>
    public static IReadOnlyList<BsonDocument> ReadDocuments(string collection, string? folder = null)
    {
        var path = Path.Combine(folder ?? FindFolder(), collection + ".json");
        using var reader = new JsonReader(File.ReadAllText(path));
        var array = BsonSerializer.Deserialize<BsonArray>(reader);
        return [.. array.Select(v => v.AsBsonDocument)];
    }

    /// <summary>The whole dataset as typed models.</summary>
    public static ShopDataset Read(string? folder = null)
    {
        folder ??= FindFolder();
        return new ShopDataset(
            Typed<Customer>(CollectionNames.Customers, folder),
            Typed<Product>(CollectionNames.Products, folder),
            Typed<Order>(CollectionNames.Orders, folder),
            Typed<OrderItem>(CollectionNames.OrderItems, folder));
    }

    /// <summary>Drops the four collections, applies the schema, and inserts the tutorial documents.</summary>
    public static async Task LoadAsync(IMongoDatabase database, string? folder = null, CancellationToken cancellationToken = default)
    {
        folder ??= FindFolder();
        foreach (var name in CollectionNames.All)
        {
            await database.DropCollectionAsync(name, cancellationToken);
        }

        await SchemaSetup.ApplyAsync(database, cancellationToken);
        foreach (var name in CollectionNames.All)
        {
            var documents = ReadDocuments(name, folder);
            try
            {
                await database.GetCollection<BsonDocument>(name).InsertManyAsync(documents, cancellationToken: cancellationToken);
            }
            catch (MongoException ex) when (SchemaViolationException.From(ex, name) is { } violation)
            {
                throw violation;
            }
        }
    }

    private static List<T> Typed<T>(string collection, string folder)
        => [.. ReadDocuments(collection, folder).Select(d => BsonSerializer.Deserialize<T>(d))];
}
