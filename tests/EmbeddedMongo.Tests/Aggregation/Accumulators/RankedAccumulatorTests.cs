using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Aggregation.Accumulators;

/// <summary>$top, $bottom, $topN, $bottomN, $firstN, $lastN, $maxN and $minN over the manual's gameScores.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class RankedAccumulatorTests(MongoTarget target)
{
    [Theory]
    [InlineData("{$topN: {output: ['$playerId', '$score'], sortBy: {score: -1}, n: 3}}", "[['PlayerC', 99], ['PlayerB', 33], ['PlayerA', 31]]", "[['PlayerD', 80], ['PlayerC', 66], ['PlayerB', 14]]")]
    [InlineData("{$top: {output: ['$playerId', '$score'], sortBy: {score: -1}}}", "['PlayerC', 99]", "['PlayerD', 80]")]
    [InlineData("{$bottomN: {output: ['$playerId', '$score'], sortBy: {score: -1}, n: 3}}", "[['PlayerB', 33], ['PlayerA', 31], ['PlayerD', 1]]", "[['PlayerC', 66], ['PlayerB', 14], ['PlayerA', 10]]")]
    [InlineData("{$bottom: {output: ['$playerId', '$score'], sortBy: {score: -1}}}", "['PlayerD', 1]", "['PlayerA', 10]")]
    [InlineData("{$firstN: {input: '$playerId', n: 3}}", "['PlayerA', 'PlayerB', 'PlayerC']", "['PlayerA', 'PlayerB', 'PlayerC']")]
    [InlineData("{$lastN: {input: '$playerId', n: 2}}", "['PlayerC', 'PlayerD']", "['PlayerC', 'PlayerD']")]
    [InlineData("{$maxN: {input: '$score', n: 2}}", "[99, 33]", "[80, 66]")]
    [InlineData("{$minN: {input: ['$score', '$playerId'], n: 2}}", "[[1, 'PlayerD'], [31, 'PlayerA']]", "[[10, 'PlayerA'], [14, 'PlayerB']]")]
    [InlineData("{$topN: {output: '$playerId', sortBy: {score: 1}, n: 10}}", "['PlayerD', 'PlayerA', 'PlayerB', 'PlayerC']", "['PlayerA', 'PlayerB', 'PlayerC', 'PlayerD']")]
    public async Task Ranked_accumulators_per_game(string accumulator, string g1, string g2)
    {
        var collection = await Aggregate.SeedAsync(target, ManualSales.GameScores);
        var result = await Aggregate.RunAsync(collection, "[{$group: {_id: '$gameId', r: " + accumulator + "}}, {$sort: {_id: 1}}]");
        Aggregate.Same("[{_id: 'G1', r: " + g1 + "}, {_id: 'G2', r: " + g2 + "}]", result);
    }

    [Fact]
    public async Task FirstN_keeps_null_for_missing_and_maxN_skips_it()
    {
        var collection = await Aggregate.SeedAsync(target, "[{v: 3}, {}, {v: null}, {v: 9}]");
        Aggregate.Same("[{_id: null, f: [3, null, null], m: [9, 3]}]",
            await Aggregate.RunAsync(collection, "[{$group: {_id: null, f: {$firstN: {input: '$v', n: 3}}, m: {$maxN: {input: '$v', n: 3}}}}]"));
    }

    [Theory]
    [InlineData("{$firstN: 1}", 5787801)]
    [InlineData("{$maxN: 1}", 5787900)]
    [InlineData("{$firstN: {input: '$score'}}", 5787906)]
    [InlineData("{$firstN: {n: 1}}", 5787907)]
    [InlineData("{$firstN: {n: 1, input: '$score', x: 1}}", 5787901)]
    [InlineData("{$firstN: {n: 'a', input: '$score'}}", 5787902)]
    [InlineData("{$firstN: {n: 1.5, input: '$score'}}", 5787903)]
    [InlineData("{$firstN: {n: 0, input: '$score'}}", 5787908)]
    [InlineData("{$topN: 1}", 5788001)]
    [InlineData("{$topN: {n: 1, output: '$score', sortBy: {score: 1}, x: 1}}", 5788002)]
    [InlineData("{$topN: {output: '$score', sortBy: {score: 1}}}", 5788003)]
    [InlineData("{$top: {sortBy: {score: 1}}}", 5788004)]
    [InlineData("{$top: {output: '$score'}}", 5788005)]
    [InlineData("{$top: {output: '$score', sortBy: {score: 1}, n: 1}}", 5788002)]
    public async Task Bad_ranked_accumulator_fails_with_the_server_code(string accumulator, int code)
    {
        var collection = await Aggregate.SeedAsync(target, ManualSales.GameScores);
        Assert.Equal(code, (await Aggregate.FailsAsync(collection, "[{$group: {_id: '$gameId', r: " + accumulator + "}}]")).Code);
    }
}
