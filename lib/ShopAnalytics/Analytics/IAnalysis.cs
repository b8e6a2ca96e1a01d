using MongoDB.Bson;

namespace ShopAnalytics.Analytics;

/// <summary>
/// One business question answered by one aggregation pipeline. The pipeline is inspectable
/// (<see cref="Pipeline"/>, <see cref="ToMql"/>) so notebooks and the CLI show exactly what runs.
/// Revenue, everywhere: the sum of quantity x unit_price over order items whose order is not cancelled
/// (freight and list prices are not revenue).
/// </summary>
public interface IAnalysis
{
    /// <summary>Short command-line name, such as "revenue-by-category".</summary>
    string Name { get; }

    /// <summary>A title for reports.</summary>
    string Title { get; }

    /// <summary>What the question is and how it is answered, in a sentence or two.</summary>
    string Description { get; }

    /// <summary>The collection the pipeline starts from.</summary>
    string Collection { get; }

    /// <summary>The aggregation pipeline's stages.</summary>
    BsonDocument[] Pipeline();

    /// <summary>The pipeline as a mongosh command: <c>db.collection.aggregate([...])</c>.</summary>
    string ToMql();

    /// <summary>Runs the pipeline and returns its typed result.</summary>
    Task<object> RunUntypedAsync(ShopDatabase shop, CancellationToken cancellationToken = default);
}
