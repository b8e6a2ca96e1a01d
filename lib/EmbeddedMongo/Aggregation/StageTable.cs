using EmbeddedMongo.Aggregation.Stages;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>Every aggregation stage the server knows, sorted by name. Adding a stage is adding a line here.</summary>
public static class StageTable
{
    /// <summary>A stage's parser and a line of help.</summary>
    public sealed record Entry(string Name, Func<BsonValue, StageParseContext, IPipelineStage> Parse, string Help);

    private static readonly Entry[] Entries =
    [
        new("$addFields", AddFieldsStage.Parse("$addFields"), "adds or replaces fields computed by expressions"),
        new("$bucket", BucketStage.Parse, "groups into ranges given by boundaries"),
        new("$bucketAuto", BucketAutoStage.Parse, "groups into n buckets of about equal size"),
        new("$collStats", CollStatsStage.Parse, "one document of the collection's count and storage sizes"),
        new("$count", CountStage.Parse, "one document holding the number of input documents"),
        new("$densify", DensifyStage.Parse, "adds documents for missing steps of a sequence"),
        new("$documents", DocumentsStage.Parse, "literal documents as the pipeline's input (aggregate: 1)"),
        new("$facet", FacetStage.Parse, "several sub-pipelines over the same input"),
        new("$fill", FillStage.Parse, "fills null and missing fields (value, locf, linear)"),
        new("$group", GroupStage.Parse, "groups by an _id expression and accumulates per group"),
        new("$graphLookup", GraphLookupStage.Parse, "recursive search of another collection (trees and graphs)"),
        new("$indexStats", IndexStatsStage.Parse, "one document per index: how often queries used it, and its specification"),
        new("$limit", LimitStage.Parse, "passes on the first n documents"),
        new("$lookup", LookupStage.Parse, "joins documents of another collection (equality and/or pipeline)"),
        new("$match", MatchStage.Parse, "keeps documents matching a query filter"),
        new("$merge", MergeStage.Parse, "writes results into a collection, matched on fields"),
        new("$out", OutStage.Parse, "replaces a collection's contents with the results"),
        new("$project", ProjectStage.Parse, "includes, excludes or computes fields"),
        new("$redact", RedactStage.Parse, "keeps, prunes or descends into document levels"),
        new("$replaceRoot", ReplaceRootStage.ParseReplaceRoot, "replaces the document by an embedded one"),
        new("$replaceWith", ReplaceRootStage.ParseReplaceWith, "replaces the document by an expression's value"),
        new("$sample", SampleStage.Parse, "n documents at random"),
        new("$set", AddFieldsStage.Parse("$set"), "alias of $addFields"),
        new("$setWindowFields", SetWindowFieldsStage.Parse, "adds fields computed over windows of sorted partitions (running totals, ranks)"),
        new("$skip", SkipStage.Parse, "drops the first n documents"),
        new("$sort", SortStage.Parse, "orders documents by keys (top-k when followed by $limit)"),
        new("$sortByCount", SortByCountStage.Parse, "counts per value, most frequent first"),
        new("$unionWith", UnionWithStage.Parse, "appends the documents of another collection"),
        new("$unset", UnsetStage.Parse, "removes fields"),
        new("$unwind", UnwindStage.Parse, "one document per array element"),
    ];

    private static readonly Dictionary<string, Entry> ByName = Entries.ToDictionary(e => e.Name, StringComparer.Ordinal);

    public static IEnumerable<Entry> All => Entries;

    public static Entry? Find(string name) => ByName.GetValueOrDefault(name);
}
