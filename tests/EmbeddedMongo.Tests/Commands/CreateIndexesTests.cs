using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Commands;

[Collection(MongoCollectionDefinition.Name)]
public sealed class CreateIndexesTests(MongoTarget target)
{
    private static BsonDocument Command(string collection, params BsonDocument[] specs)
        => new() { { "createIndexes", collection }, { "indexes", new BsonArray(specs) } };

    [Fact]
    public async Task Create_index_on_missing_collection_reports_counts_and_implicit_creation()
    {
        var db = target.NewDatabase();
        var reply = await db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "a_1" } }));
        Assert.Equal(1, reply["numIndexesBefore"].ToInt32());
        Assert.Equal(2, reply["numIndexesAfter"].ToInt32());
        Assert.True(reply["createdCollectionAutomatically"].ToBoolean());
        Assert.Equal(1.0, reply["ok"].ToDouble());
        var names = await db.ListCollectionNames().ToListAsync();
        Assert.Contains("items", names);
    }

    [Fact]
    public async Task Driver_generates_compound_names_with_directions()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        var name = await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument { { "a", 1 }, { "b", -1 } }));
        Assert.Equal("a_1_b_-1", name);
        var indexes = await (await collection.Indexes.ListAsync()).ToListAsync();
        Assert.Equal(["_id_", "a_1_b_-1"], indexes.Select(i => i["name"].AsString));
        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", -1 } }, indexes[1]["key"]);
        Assert.Equal(2, indexes[1]["v"].ToInt32());
    }

    [Fact]
    public async Task Server_generates_the_name_when_the_spec_has_none()
    {
        var db = target.NewDatabase();
        await db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument("key", new BsonDocument { { "x.y", 1 }, { "z", -1 } })));
        var indexes = await (await db.GetCollection<BsonDocument>("items").Indexes.ListAsync()).ToListAsync();
        Assert.Equal("x.y_1_z_-1", indexes[1]["name"].AsString);
    }

    [Fact]
    public async Task Same_spec_again_is_a_no_op_with_a_note()
    {
        var db = target.NewDatabase();
        var spec = new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "a_1" }, { "unique", true } };
        await db.RunCommandAsync<BsonDocument>(Command("items", spec));
        var reply = await db.RunCommandAsync<BsonDocument>(Command("items", spec));
        Assert.Equal(2, reply["numIndexesBefore"].ToInt32());
        Assert.Equal(2, reply["numIndexesAfter"].ToInt32());
        Assert.Equal("all indexes already exist", reply["note"].AsString);
    }

    [Fact]
    public async Task Same_name_with_another_key_is_IndexKeySpecsConflict()
    {
        var db = target.NewDatabase();
        await db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "idx" } }));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("b", 1) }, { "name", "idx" } })));
        Assert.Equal(86, ex.Code);
        Assert.Equal("IndexKeySpecsConflict", ex.CodeName);
    }

    [Fact]
    public async Task Same_key_with_other_options_is_IndexOptionsConflict()
    {
        var db = target.NewDatabase();
        await db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "a_1" } }));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "a_1" }, { "unique", true } })));
        Assert.Equal(85, ex.Code);
        Assert.Equal("IndexOptionsConflict", ex.CodeName);
    }

    [Fact]
    public async Task Same_key_with_another_name_is_IndexOptionsConflict()
    {
        var db = target.NewDatabase();
        await db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "first" } }));
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "second" } })));
        Assert.Equal(85, ex.Code);
        Assert.Contains("Index already exists with a different name: first", ex.Message);
    }

    public static TheoryData<BsonValue> BadKeyValues => new() { 0, true, "nosuchplugin", new BsonDocument("x", 1) };

    [Theory]
    [MemberData(nameof(BadKeyValues))]
    public async Task Bad_key_value_is_CannotCreateIndex(BsonValue value)
    {
        var db = target.NewDatabase();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", value) }, { "name", "bad" } })));
        Assert.Equal(67, ex.Code);
        Assert.Equal("CannotCreateIndex", ex.CodeName);
    }

    [Fact]
    public async Task Empty_key_is_CannotCreateIndex()
    {
        var db = target.NewDatabase();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument() }, { "name", "bad" } })));
        Assert.Equal(67, ex.Code);
    }

    [Fact]
    public async Task Unique_index_build_over_duplicates_fails_with_E11000_and_leaves_no_index()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.InsertManyAsync([new BsonDocument("a", 1), new BsonDocument("a", 1.0)]);
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Unique = true })));
        Assert.Equal(11000, ex.Code);
        Assert.Contains("E11000 duplicate key error", ex.Message);
        var indexes = await (await collection.Indexes.ListAsync()).ToListAsync();
        Assert.Single(indexes);
    }

    [Fact]
    public async Task Unique_index_rejects_duplicate_insert_with_keyPattern_and_keyValue()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument { { "a", 1 }, { "b", 1 } }, new CreateIndexOptions { Unique = true }));
        await collection.InsertOneAsync(new BsonDocument { { "a", 1 }, { "b", "x" } });
        await collection.InsertOneAsync(new BsonDocument { { "a", 1 }, { "b", "y" } });
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => collection.InsertOneAsync(new BsonDocument { { "a", 1L }, { "b", "x" } }));
        Assert.Equal(11000, ex.WriteError.Code);
        Assert.Contains("index: a_1_b_1 dup key", ex.WriteError.Message);

        // keyPattern and keyValue sit on the raw write error, which the driver's WriteError does not expose.
        var reply = await collection.Database.RunCommandAsync<BsonDocument>(new BsonDocument
        {
            { "insert", "items" },
            { "documents", new BsonArray { new BsonDocument { { "a", 1L }, { "b", "x" } } } },
        });
        var error = reply["writeErrors"][0].AsBsonDocument;
        Assert.Equal(11000, error["code"].ToInt32());
        Assert.Equal(new BsonDocument { { "a", 1 }, { "b", 1 } }, error["keyPattern"]);
        Assert.Equal("x", error["keyValue"]["b"].AsString);
        Assert.Equal(1, error["keyValue"]["a"].ToInt64());
        Assert.Equal(2, (await collection.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync()).Count);
    }

    [Fact]
    public async Task Unique_index_treats_missing_fields_as_null_unless_sparse()
    {
        var db = target.NewDatabase();
        var plain = db.GetCollection<BsonDocument>("plain");
        await plain.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Unique = true }));
        await plain.InsertOneAsync(new BsonDocument("b", 1));
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => plain.InsertOneAsync(new BsonDocument("b", 2)));
        Assert.Equal(11000, ex.WriteError.Code);

        var sparse = db.GetCollection<BsonDocument>("sparse");
        await sparse.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Unique = true, Sparse = true }));
        await sparse.InsertManyAsync([new BsonDocument("b", 1), new BsonDocument("b", 2), new BsonDocument("a", 1)]);
        await Assert.ThrowsAsync<MongoWriteException>(() => sparse.InsertOneAsync(new BsonDocument("a", 1)));
    }

    [Fact]
    public async Task Partial_unique_index_only_constrains_matching_documents()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        var options = new CreateIndexOptions<BsonDocument>
        {
            Unique = true,
            PartialFilterExpression = new BsonDocument("active", true),
        };
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("email", 1), options));
        await collection.InsertManyAsync([
            new BsonDocument { { "email", "a@x" }, { "active", false } },
            new BsonDocument { { "email", "a@x" }, { "active", false } },
            new BsonDocument { { "email", "a@x" }, { "active", true } },
        ]);
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => collection.InsertOneAsync(new BsonDocument { { "email", "a@x" }, { "active", true } }));
        Assert.Equal(11000, ex.WriteError.Code);
        var indexes = await (await collection.Indexes.ListAsync()).ToListAsync();
        Assert.Equal(new BsonDocument("active", true), indexes[1]["partialFilterExpression"]);
        Assert.True(indexes[1]["unique"].ToBoolean());
    }

    [Fact]
    public async Task Unique_multikey_index_rejects_an_element_another_document_holds()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("tags", 1), new CreateIndexOptions { Unique = true }));
        await collection.InsertOneAsync(new BsonDocument("tags", new BsonArray { "a", "b", "a" }));
        var ex = await Assert.ThrowsAsync<MongoWriteException>(() => collection.InsertOneAsync(new BsonDocument("tags", new BsonArray { "c", "b" })));
        Assert.Equal(11000, ex.WriteError.Code);
    }

    [Fact]
    public async Task Deleting_a_document_frees_its_unique_key()
    {
        var collection = target.NewDatabase().GetCollection<BsonDocument>("items");
        await collection.Indexes.CreateOneAsync(new CreateIndexModel<BsonDocument>(new BsonDocument("a", 1), new CreateIndexOptions { Unique = true }));
        await collection.InsertOneAsync(new BsonDocument { { "_id", 1 }, { "a", 5 } });
        await collection.DeleteOneAsync(new BsonDocument("_id", 1));
        await collection.InsertOneAsync(new BsonDocument { { "_id", 2 }, { "a", 5 } });
        Assert.Single(await collection.Find(new BsonDocument("a", 5)).ToListAsync());
    }

    [Fact]
    public async Task Unknown_index_option_is_refused()
    {
        var db = target.NewDatabase();
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            db.RunCommandAsync<BsonDocument>(Command("items", new BsonDocument { { "key", new BsonDocument("a", 1) }, { "name", "a_1" }, { "bogus", 1 } })));
        Assert.Equal(197, ex.Code);
        Assert.Equal("InvalidIndexSpecificationOption", ex.CodeName);
    }
}
