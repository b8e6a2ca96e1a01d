namespace ShopAnalytics.Tests.Infrastructure;

/// <summary>
/// Skip reasons for tests that need a server feature not yet in the embedded server. A feature that has
/// landed is set to null, which un-skips every test naming it. The tests themselves are correct for MongoDB.
/// </summary>
public static class Needs
{
    public const string? SchemaErrInfo = "needs errInfo.details.schemaRulesNotSatisfied (the per-field $jsonSchema explanation) in the embedded server";
    public const string? CollMod = null;
    public const string? WindowFields = "needs $setWindowFields in the embedded server";
    public const string? Transactions = "needs multi-document transactions in the embedded server";
    public const string? ChangeStreams = "needs change streams in the embedded server";
}
