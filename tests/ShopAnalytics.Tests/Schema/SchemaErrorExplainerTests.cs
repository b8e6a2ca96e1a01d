using MongoDB.Bson;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Tests.Schema;

public sealed class SchemaErrorExplainerTests
{
    // The shape MongoDB documents for a failed $jsonSchema (Schema Validation, "View Validation Rules").
    private const string Details = """
        {
          operatorName: '$jsonSchema',
          schemaRulesNotSatisfied: [
            { operatorName: 'properties', propertiesNotSatisfied: [
              { propertyName: 'price', description: 'price must be a Decimal128 of at least 0', details: [
                { operatorName: 'minimum', specifiedAs: { minimum: 0 }, reason: 'comparison failed', consideredValue: NumberDecimal('-5') } ] },
              { propertyName: 'address', details: [
                { operatorName: 'properties', propertiesNotSatisfied: [
                  { propertyName: 'postal_code', details: [
                    { operatorName: 'bsonType', specifiedAs: { bsonType: 'string' }, reason: 'type did not match', consideredValue: 2139, consideredType: 'int' } ] } ] } ] } ] },
            { operatorName: 'required', specifiedAs: { required: ['sku', 'name'] }, missingProperties: ['name'] }
          ]
        }
        """;

    [Fact]
    public void Explain_gives_one_line_per_broken_rule_with_the_field_path()
    {
        var lines = SchemaErrorExplainer.Explain(BsonDocument.Parse(Details));

        Assert.Equal(
            [
                "price: -5 is below the minimum 0 (rule: price must be a Decimal128 of at least 0)",
                "address.postal_code: expected string but found int 2139",
                "name: required but missing",
            ],
            lines);
    }
}
