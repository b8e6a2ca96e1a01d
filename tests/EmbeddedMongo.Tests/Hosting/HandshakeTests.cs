using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;

namespace EmbeddedMongo.Tests.Hosting;

[Collection(MongoCollectionDefinition.Name)]
public sealed class HandshakeTests(MongoTarget target)
{
    [Fact]
    public async Task Ping_answers_ok()
    {
        var result = await target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
        Assert.Equal(1.0, result["ok"].ToDouble());
    }

    [Fact]
    public async Task Driver_sees_a_replica_set_primary()
    {
        await target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1));
        var description = target.Client.Cluster.Description;
        Assert.Contains(description.Servers, s => s.Type == MongoDB.Driver.Core.Servers.ServerType.ReplicaSetPrimary);
        Assert.True(description.Type is ClusterType.ReplicaSet or ClusterType.Standalone or ClusterType.Unknown || description.DirectConnection);
    }

    [Fact]
    public async Task BuildInfo_reports_a_version()
    {
        var result = await target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("buildInfo", 1));
        Assert.Matches(@"^\d+\.\d+\.\d+", result["version"].AsString);
    }

    [Fact]
    public async Task Unknown_command_fails_with_59_CommandNotFound()
    {
        var ex = await Assert.ThrowsAsync<MongoCommandException>(() =>
            target.Client.GetDatabase("admin").RunCommandAsync<BsonDocument>(new BsonDocument("noSuchCommandAtAll", 1)));
        Assert.Equal(59, ex.Code);
        Assert.Equal("CommandNotFound", ex.CodeName);
    }
}
