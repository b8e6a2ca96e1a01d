using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using ShopAnalytics.Analytics;

namespace ShopAnalytics.Tests.Analytics;

public sealed class AnalysisRegistryTests
{
    [Fact]
    public void Every_analysis_has_a_unique_name_a_title_and_a_description()
    {
        var names = AnalysisRegistry.All.Select(a => a.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(AnalysisRegistry.All, a => Assert.False(string.IsNullOrWhiteSpace(a.Title + a.Description)));
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
        Assert.Same(AnalysisRegistry.All[1], AnalysisRegistry.Find("Revenue-By-Category"));
        Assert.Null(AnalysisRegistry.Find("nope"));
    }

    [Fact]
    public void Mql_is_a_mongosh_aggregate_of_the_pipeline()
    {
        foreach (var analysis in AnalysisRegistry.All)
        {
            var mql = analysis.ToMql();
            var prefix = $"db.{analysis.Collection}.aggregate(";

            Assert.StartsWith(prefix, mql);
            var parsed = BsonSerializer.Deserialize<BsonArray>(mql[prefix.Length..^1]);
            Assert.Equal(new BsonArray(analysis.Pipeline()), parsed);
        }
    }

    [Fact]
    public void Revenue_pipelines_exclude_cancelled_orders_the_same_way()
    {
        var revenue = AnalysisRegistry.All.Where(a => a.Collection == "order_items");

        Assert.All(revenue, a => Assert.Contains("{ \"order.status\" : { \"$ne\" : \"cancelled\" } }", new BsonArray(a.Pipeline()).ToJson()));
    }
}
