namespace EmbeddedMongo.Tests.Infrastructure;

/// <summary>Every behaviour test class shares one server (embedded or MONGODB_URI).</summary>
[CollectionDefinition(Name)]
public sealed class MongoCollectionDefinition : ICollectionFixture<MongoTarget>
{
    public const string Name = "mongo";
}
