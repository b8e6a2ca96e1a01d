using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Query.Update;

/// <summary>$push (with $each, $position, $sort, $slice), $addToSet, $pop, $pullAll: the manual's examples.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ArrayOperatorTests(MongoTarget target)
{
    [Theory]
    [InlineData("{ _id: 1, scores: [ 44, 78, 38, 80 ] }", "{ $push: { scores: 89 } }", "{ _id: 1, scores: [ 44, 78, 38, 80, 89 ] }")]
    [InlineData("{ _id: 1, scores: [ 44, 78, 38, 80, 89 ] }", "{ $push: { scores: { $each: [ 90, 92, 85 ] } } }", "{ _id: 1, scores: [ 44, 78, 38, 80, 89, 90, 92, 85 ] }")]
    [InlineData("{ _id: 1 }", "{ $push: { scores: 1 } }", "{ _id: 1, scores: [ 1 ] }")]
    [InlineData("{ _id: 5, quizzes: [ { wk: 1, score: 10 }, { wk: 2, score: 8 }, { wk: 3, score: 5 }, { wk: 4, score: 6 } ] }",
        "{ $push: { quizzes: { $each: [ { wk: 5, score: 8 }, { wk: 6, score: 7 }, { wk: 7, score: 6 } ], $sort: { score: -1 }, $slice: 3 } } }",
        "{ _id: 5, quizzes: [ { wk: 1, score: 10 }, { wk: 2, score: 8 }, { wk: 5, score: 8 } ] }")]
    [InlineData("{ _id: 1, scores: [ 100 ] }", "{ $push: { scores: { $each: [ 50, 60, 70 ], $position: 0 } } }", "{ _id: 1, scores: [ 50, 60, 70, 100 ] }")]
    [InlineData("{ _id: 1, scores: [ 50, 60, 70, 100 ] }", "{ $push: { scores: { $each: [ 20, 30 ], $position: 2 } } }", "{ _id: 1, scores: [ 50, 60, 20, 30, 70, 100 ] }")]
    [InlineData("{ _id: 1, scores: [ 50, 60, 20, 30, 70, 100 ] }", "{ $push: { scores: { $each: [ 90, 80 ], $position: -2 } } }", "{ _id: 1, scores: [ 50, 60, 20, 30, 90, 80, 70, 100 ] }")]
    [InlineData("{ _id: 1, scores: [ 40, 50, 60 ] }", "{ $push: { scores: { $each: [ 80, 78, 86 ], $slice: -5 } } }", "{ _id: 1, scores: [ 50, 60, 80, 78, 86 ] }")]
    [InlineData("{ _id: 2, scores: [ 89, 90 ] }", "{ $push: { scores: { $each: [ 100, 20 ], $slice: 3 } } }", "{ _id: 2, scores: [ 89, 90, 100 ] }")]
    [InlineData("{ _id: 3, scores: [ 89, 70, 100, 20 ] }", "{ $push: { scores: { $each: [ ], $slice: -3 } } }", "{ _id: 3, scores: [ 70, 100, 20 ] }")]
    [InlineData("{ _id: 1, quizzes: [ { id: 1, score: 6 }, { id: 2, score: 9 } ] }",
        "{ $push: { quizzes: { $each: [ { id: 3, score: 8 }, { id: 4, score: 7 }, { id: 5, score: 6 } ], $sort: { score: 1 } } } }",
        "{ _id: 1, quizzes: [ { id: 1, score: 6 }, { id: 5, score: 6 }, { id: 4, score: 7 }, { id: 3, score: 8 }, { id: 2, score: 9 } ] }")]
    [InlineData("{ _id: 2, tests: [ 89, 70, 89, 50 ] }", "{ $push: { tests: { $each: [ 40, 60 ], $sort: 1 } } }", "{ _id: 2, tests: [ 40, 50, 60, 70, 89, 89 ] }")]
    [InlineData("{ _id: 3, tests: [ 89, 70, 100, 20 ] }", "{ $push: { tests: { $each: [ ], $sort: -1 } } }", "{ _id: 3, tests: [ 100, 89, 70, 20 ] }")]
    public async Task Push_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }

    [Theory]
    [InlineData("{ _id: 1, letters: [ 'a', 'b' ] }", "{ $addToSet: { letters: [ 'c', 'd' ] } }", "{ _id: 1, letters: [ 'a', 'b', [ 'c', 'd' ] ] }", 1)]
    [InlineData("{ _id: 1, item: 'polarizing_filter', tags: [ 'electronics', 'camera' ] }", "{ $addToSet: { tags: 'accessories' } }",
        "{ _id: 1, item: 'polarizing_filter', tags: [ 'electronics', 'camera', 'accessories' ] }", 1)]
    [InlineData("{ _id: 1, item: 'polarizing_filter', tags: [ 'electronics', 'camera', 'accessories' ] }", "{ $addToSet: { tags: 'camera' } }",
        "{ _id: 1, item: 'polarizing_filter', tags: [ 'electronics', 'camera', 'accessories' ] }", 0)]
    [InlineData("{ _id: 2, item: 'cable', tags: [ 'electronics', 'supplies' ] }", "{ $addToSet: { tags: { $each: [ 'camera', 'electronics', 'accessories' ] } } }",
        "{ _id: 2, item: 'cable', tags: [ 'electronics', 'supplies', 'camera', 'accessories' ] }", 1)]
    [InlineData("{ _id: 1, n: [ 1 ] }", "{ $addToSet: { n: 1.0 } }", "{ _id: 1, n: [ 1 ] }", 0)]
    [InlineData("{ _id: 1 }", "{ $addToSet: { n: { $each: [ 1, 1, 2 ] } } }", "{ _id: 1, n: [ 1, 2 ] }", 1)]
    public async Task AddToSet_examples(string before, string update, string expected, long modified)
    {
        var (after, result) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
        Assert.Equal(modified, result.ModifiedCount);
    }

    [Theory]
    [InlineData("{ _id: 1, fruits: [ 'apples', 'pears', 'oranges', 'grapes', 'bananas' ], vegetables: [ 'carrots', 'celery', 'squash', 'carrots' ] }",
        "{ $pull: { fruits: { $in: [ 'apples', 'oranges' ] }, vegetables: 'carrots' } }",
        "{ _id: 1, fruits: [ 'pears', 'grapes', 'bananas' ], vegetables: [ 'celery', 'squash' ] }")]
    [InlineData("{ _id: 1, votes: [ 3, 5, 6, 7, 7, 8 ] }", "{ $pull: { votes: { $gte: 6 } } }", "{ _id: 1, votes: [ 3, 5 ] }")]
    [InlineData("{ _id: 1, results: [ { item: 'A', score: 5, answers: [ { q: 1, a: 4 }, { q: 2, a: 6 } ] }, { item: 'B', score: 8, answers: [ { q: 1, a: 8 }, { q: 2, a: 9 } ] } ] }",
        "{ $pull: { results: { answers: { $elemMatch: { q: 2, a: { $gte: 8 } } } } } }",
        "{ _id: 1, results: [ { item: 'A', score: 5, answers: [ { q: 1, a: 4 }, { q: 2, a: 6 } ] } ] }")]
    [InlineData("{ _id: 1, s: [ 'apple', 'banana', 'avocado' ] }", "{ $pull: { s: /^a/ } }", "{ _id: 1, s: [ 'banana' ] }")]
    [InlineData("{ _id: 1, scores: [ 8, 9, 10 ] }", "{ $pop: { scores: -1 } }", "{ _id: 1, scores: [ 9, 10 ] }")]
    [InlineData("{ _id: 10, scores: [ 9, 10 ] }", "{ $pop: { scores: 1 } }", "{ _id: 10, scores: [ 9 ] }")]
    [InlineData("{ _id: 1, scores: [ ] }", "{ $pop: { scores: 1 } }", "{ _id: 1, scores: [ ] }")]
    [InlineData("{ _id: 1, scores: [ 0, 2, 5, 5, 1, 0 ] }", "{ $pullAll: { scores: [ 0, 5 ] } }", "{ _id: 1, scores: [ 2, 1 ] }")]
    [InlineData("{ _id: 1, vegetables: [ 'carrots', 'celery', 'squash', 'carrots' ] }", "{ $pull: { vegetables: 'carrots' } }", "{ _id: 1, vegetables: [ 'celery', 'squash' ] }")]
    [InlineData("{ _id: 1, results: [ { item: 'A', score: 5 }, { item: 'B', score: 8 } ] }", "{ $pull: { results: { score: 8, item: 'B' } } }", "{ _id: 1, results: [ { item: 'A', score: 5 } ] }")]
    public async Task Pop_and_pull_examples(string before, string update, string expected)
    {
        var (after, _) = await UpdateHarness.UpdateOneAsync(target, before, update);
        UpdateHarness.AssertSameDocument(expected, after);
    }
}
