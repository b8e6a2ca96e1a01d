namespace ShopAnalytics.Tests.Infrastructure;

/// <summary>Every database test class shares one server (embedded or MONGODB_URI).</summary>
[CollectionDefinition(Name)]
public sealed class ShopCollectionDefinition : ICollectionFixture<ShopTarget>
{
    public const string Name = "shop";
}
