using MongoDB.Bson;
using MongoDB.Bson.IO;
using ShopAnalytics.Analytics;
using ShopAnalytics.Data;
using ShopAnalytics.Schema;

namespace Bench.Analytics;

/// <summary>
/// Writes the generated shop as relaxed Extended JSON, one document a line per collection
/// (Decimal128 as {"$numberDecimal": "..."}, dates as {"$date": "ISO-8601"}), and the pipelines to run.
/// </summary>
public static class ExtendedJsonExport
{
    private static readonly JsonWriterSettings Relaxed = new() { OutputMode = JsonOutputMode.RelaxedExtendedJson };

    public static void WriteData(ShopDataset data, string folder)
    {
        Directory.CreateDirectory(folder);
        Write(data.Customers, Path.Combine(folder, CollectionNames.Customers + ".jsonl"));
        Write(data.Products, Path.Combine(folder, CollectionNames.Products + ".jsonl"));
        Write(data.Orders, Path.Combine(folder, CollectionNames.Orders + ".jsonl"));
        Write(data.OrderItems, Path.Combine(folder, CollectionNames.OrderItems + ".jsonl"));
    }

    /// <summary>[{ name, collection, pipeline }] exactly as <see cref="IAnalysis.Pipeline"/> builds them.</summary>
    public static void WritePipelines(IEnumerable<IAnalysis> analyses, string path)
    {
        var all = new BsonArray(analyses.Select(a => new BsonDocument
        {
            { "name", a.Name },
            { "collection", a.Collection },
            { "pipeline", new BsonArray(a.Pipeline()) },
        }));
        File.WriteAllText(path, all.ToJson(Relaxed));
    }

    private static void Write<T>(IEnumerable<T> documents, string path)
    {
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false), 1 << 20);
        foreach (var document in documents)
        {
            writer.WriteLine(document.ToJson(Relaxed));
        }
    }
}
