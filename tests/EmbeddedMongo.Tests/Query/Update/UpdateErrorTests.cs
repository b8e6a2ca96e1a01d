using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Query.Update;

/// <summary>Malformed or impossible updates answer with MongoDB's codes and messages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class UpdateErrorTests(MongoTarget target)
{
    [Theory]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { $x: 1 } } }", 52, "The dollar ($) prefixed field '$x' in '$x' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $pop: { 'a.b': 1 } } }", 28, "Cannot use the part (b) of (a.b) to traverse the element ({a: 1})")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $rename: { _id: 'b' } } }", 66, "Unsetting the path '_id' using $rename would modify the immutable field '_id'")]
    [InlineData("{ _id: 1, a: [ { b: 1 } ] }", "{ q: {}, u: { $rename: { 'a.0.b': 'c' } } }", 2, "The source field cannot be an array element, 'a.0.b' in doc with _id: 1 has an array field called 'a'")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { b: 1 } }, c: { x: 1 } }", 51198, "Constant values may only be specified for pipeline updates")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { '$': 1 } } }", 2, "Cannot have positional (i.e. '$') element in the first position in path '$'")]
    [InlineData("{ _id: 1, n: NumberLong('9223372036854775807') }", "{ q: {}, u: { $inc: { n: 1 } } }", 2, "Failed to apply $inc operations to current value ((NumberLong)9223372036854775807) for document {_id: 1}")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { a: 1 }, $inc: { a: 1 } } }", 40, "Updating the path 'a' would create a conflict at 'a'")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { 'a.b': 1 }, $unset: { a: 1 } } }", 40, "Updating the path 'a' would create a conflict at 'a'")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { a: 1, 'a.b.c': 1 } } }", 40, "Updating the path 'a.b.c' would create a conflict at 'a'")]
    [InlineData("{ _id: 1, x: 'text' }", "{ q: {}, u: { $inc: { x: 1 } } }", 14, "Cannot apply $inc to a value of non-numeric type. {_id: 1} has the field 'x' of non-numeric type string")]
    [InlineData("{ _id: 1, x: 1 }", "{ q: {}, u: { $inc: { x: 'a' } } }", 14, "Cannot increment with non-numeric argument: {x: \"a\"}")]
    [InlineData("{ _id: 1, x: 'text' }", "{ q: {}, u: { $mul: { x: 2 } } }", 14, "Cannot apply $mul to a value of non-numeric type. {_id: 1} has the field 'x' of non-numeric type string")]
    [InlineData("{ _id: 1 }", "{ q: {}, u: { $foo: { a: 1 } } }", 9, "Unknown modifier: $foo. Expected a valid update modifier or pipeline-style update specified as an array")]
    [InlineData("{ _id: 1 }", "{ q: {}, u: { $set: { } } }", 9, "'$set' is empty. You must specify a field like so: {$set: {<field>: ...}}")]
    [InlineData("{ _id: 1 }", "{ q: {}, u: { $set: 1 } }", 9, "Modifiers operate on fields but we found type int instead. For example: {$mod: {<field>: ...}} not {$set: 1}")]
    [InlineData("{ _id: 1 }", "{ q: {}, u: { $set: { _id: 2 } } }", 66, "Performing an update on the path '_id' would modify the immutable field '_id'")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { b: 1, _id: 2 } }", 66, "After applying the update, the (immutable) field '_id' was found to have been altered to _id: 2")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { 'a.b': 1 } } }", 28, "Cannot create field 'b' in element {a: 1}")]
    [InlineData("{ _id: 1, a: [ 1, 2 ] }", "{ q: {}, u: { $set: { 'a.x': 1 } } }", 28, "Cannot create field 'x' in element {a: [ 1, 2 ]}")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $push: { a: 1 } } }", 2, "The field 'a' must be an array but is of type int in document {_id: 1}")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $addToSet: { a: 1 } } }", 2, "Cannot apply $addToSet to non-array field. Field named 'a' has non-array type int")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $pull: { a: 1 } } }", 2, "Cannot apply $pull to a non-array value")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $pop: { a: 1 } } }", 14, "Path 'a' contains an element of non-array type 'int'")]
    [InlineData("{ _id: 1, a: [ 1 ] }", "{ q: {}, u: { $pop: { a: 2 } } }", 9, "$pop expects 1 or -1, found: 2")]
    [InlineData("{ _id: 1, a: [ 1 ] }", "{ q: {}, u: { $pullAll: { a: 1 } } }", 2, "$pullAll requires an array argument but was given a int")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $rename: { a: 1 } } }", 2, "The 'to' field for $rename must be a string: a: 1")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $rename: { a: 'a' } } }", 2, "The source and target field for $rename must differ: a: \"a\"")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $set: { 'a..b': 1 } } }", 56, "The update path 'a..b' contains an empty field name, which is not allowed.")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { a: 2 }, multi: true }", 9, "multi update is not supported for replacement-style update")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { a: 2, $set: { b: 1 } } }", 52, "The dollar ($) prefixed field '$set' in '$set' is not allowed in the context of an update's replacement document. Consider using an aggregation pipeline with $replaceWith.")]
    [InlineData("{ _id: 1, a: 1 }", "{ q: {}, u: { $currentDate: { a: 1 } } }", 2, "a: 1 is not valid type for $currentDate. Please use a boolean ('true') or a $type expression ({$type: 'timestamp/date'}).")]
    [InlineData("{ _id: 1, a: 'x' }", "{ q: {}, u: { $bit: { a: { and: 1 } } } }", 2, "Cannot apply $bit to a value of non-integral type.{_id: 1} has the field a of non-integer type string")]
    public async Task Invalid_update_is_a_write_error(string before, string statement, int code, string message)
    {
        var error = await UpdateHarness.UpdateErrorAsync(target, before, statement);
        Assert.Equal(message, error["errmsg"].AsString);
        Assert.Equal(code, error["code"].AsInt32);
    }

    [Fact]
    public async Task Failed_update_leaves_the_document_unchanged()
    {
        var collection = await UpdateHarness.CollectionWithAsync(target, "{ _id: 1, a: 1, s: 'x' }");
        await collection.Database.RunCommandAsync<BsonDocument>(BsonDocument.Parse("{ update: 'c', updates: [ { q: {}, u: { $set: { a: 2 }, $inc: { s: 1 } } } ] }"));
        var after = await collection.Find(FilterDefinition<BsonDocument>.Empty).FirstAsync();
        UpdateHarness.AssertSameDocument("{ _id: 1, a: 1, s: 'x' }", after);
    }
}
