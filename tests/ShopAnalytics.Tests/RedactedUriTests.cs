namespace ShopAnalytics.Tests;

public sealed class RedactedUriTests
{
    [Theory]
    [InlineData("mongodb://127.0.0.1:27017", "mongodb://127.0.0.1:27017")]
    [InlineData("mongodb://user:pw@127.0.0.1:27017/shop", "mongodb://user:****@127.0.0.1:27017/shop")]
    [InlineData("mongodb+srv://user:p%40ss@cluster0.example.net/?retryWrites=true", "mongodb+srv://user:****@cluster0.example.net/?retryWrites=true")]
    [InlineData("mongodb://user@127.0.0.1:27017/?authMechanism=MONGODB-X509", "mongodb://user@127.0.0.1:27017/?authMechanism=MONGODB-X509")]
    [InlineData("mongodb://admin:pa@ss@127.0.0.1:27017/", "mongodb://admin:****@127.0.0.1:27017/")]
    public void Redact_hides_only_the_password(string uri, string expected)
    {
        Assert.Equal(expected, RedactedUri.Redact(uri));
    }
}
