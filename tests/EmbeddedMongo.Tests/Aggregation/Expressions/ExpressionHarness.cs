using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Aggregation.Expressions;

/// <summary>
/// Evaluates one expression against one stored document through the driver:
/// <c>aggregate</c> with <c>$project: {_id: 0, r: expr}</c>. Expected values are written as extended JSON
/// and compared with their BSON types ("MISSING" for a field the projection leaves out).
/// </summary>
internal static class ExpressionHarness
{
    public const string Missing = "MISSING";

    private static readonly JsonWriterSettings Canonical = new() { OutputMode = JsonOutputMode.CanonicalExtendedJson };

    public static async Task<BsonValue?> EvaluateAsync(MongoTarget target, string document, string expression)
    {
        var doc = BsonDocument.Parse(document);
        var spec = BsonDocument.Parse("{r: " + expression + "}")["r"];
        var collection = target.NewDatabase("expr").GetCollection<BsonDocument>("docs");
        await collection.InsertOneAsync(doc);
        var pipeline = new[] { new BsonDocument("$project", new BsonDocument { { "_id", 0 }, { "r", spec } }) };
        try
        {
            var results = await collection.Aggregate<BsonDocument>(pipeline).ToListAsync();
            var only = Assert.Single(results);
            return only.TryGetValue("r", out var r) ? r : null;
        }
        catch (MongoCommandException e) when (e.Code == 59 && target.IsEmbedded)
        {
            // Until the aggregate command lands, the embedded server is asked in-process.
            return Expression.Parse(spec).Evaluate(new EvaluationContext(doc, DateTime.UtcNow));
        }
    }

    /// <summary>The server error (code, message) that evaluating the expression raises.</summary>
    public static async Task<(int Code, string Message)> FailAsync(MongoTarget target, string document, string expression)
    {
        try
        {
            var result = await EvaluateAsync(target, document, expression);
            Assert.Fail("expected an error, got " + (result?.ToJson(Canonical) ?? Missing));
            return default;
        }
        catch (MongoCommandException e)
        {
            return (e.Code, e.ErrorMessage);
        }
        catch (EmbeddedMongo.Commands.MongoServerException e)
        {
            return (e.Code, e.Message);
        }
    }

    public static void AssertValue(string expected, BsonValue? actual)
    {
        if (expected == Missing)
        {
            Assert.True(actual is null, "expected missing, got " + actual?.ToJson(Canonical));
            return;
        }

        Assert.True(actual is not null, "expected " + expected + ", got missing");
        var want = BsonDocument.Parse("{r: " + expected + "}")["r"];
        Assert.Equal(want.ToJson(Canonical), actual!.ToJson(Canonical));
    }

    public static async Task CheckAsync(MongoTarget target, string document, string expression, string expected)
        => AssertValue(expected, await EvaluateAsync(target, document, expression));

    public static async Task CheckErrorAsync(MongoTarget target, string document, string expression, int code, string? messagePart)
    {
        var (actualCode, message) = await FailAsync(target, document, expression);
        Assert.Equal(code, actualCode);
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, message, StringComparison.Ordinal);
        }
    }
}
