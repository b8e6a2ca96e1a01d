using EmbeddedMongo.Tests.Infrastructure;
using MongoDB.Bson;
using MongoDB.Driver;

namespace EmbeddedMongo.Tests.Query;

[Collection(MongoCollectionDefinition.Name)]
public sealed class ValidationDetailsTests(MongoTarget target)
{
    // The manual's "Specify JSON Schema Validation" example.
    private const string StudentSchema = """
        {$jsonSchema: {
          bsonType: 'object',
          title: 'Student Object Validation',
          required: ['address', 'major', 'name', 'year'],
          properties: {
            name: {bsonType: 'string', description: "'name' must be a string and is required"},
            year: {bsonType: 'int', minimum: 2017, maximum: 3017, description: "'year' must be an integer in [ 2017, 3017 ] and is required"},
            gpa: {bsonType: ['double'], description: "'gpa' must be a double if the field exists"}
          }
        }}
        """;

    private async Task<IMongoCollection<BsonDocument>> StudentsAsync()
    {
        var database = target.NewDatabase();
        await database.CreateCollectionAsync("students", new CreateCollectionOptions<BsonDocument>
        {
            Validator = new BsonDocumentFilterDefinition<BsonDocument>(BsonDocument.Parse(StudentSchema)),
        });
        return database.GetCollection<BsonDocument>("students");
    }

    [Fact]
    public async Task Refused_document_reports_the_failing_property_as_the_manual_shows()
    {
        var students = await StudentsAsync();
        var error = await Assert.ThrowsAsync<MongoWriteException>(() => students.InsertOneAsync(BsonDocument.Parse(
            "{_id: 1, name: 'Alice', year: 2019, major: 'History', gpa: 3, address: {city: 'NYC', street: '33rd Street'}}")));
        Assert.Equal(121, error.WriteError.Code);
        var details = error.WriteError.Details["details"].AsBsonDocument;
        Assert.Equal(BsonDocument.Parse("""
            {
              operatorName: '$jsonSchema',
              title: 'Student Object Validation',
              schemaRulesNotSatisfied: [{
                operatorName: 'properties',
                propertiesNotSatisfied: [{
                  propertyName: 'gpa',
                  description: "'gpa' must be a double if the field exists",
                  details: [{operatorName: 'bsonType', specifiedAs: {bsonType: ['double']}, reason: 'type did not match', consideredValue: 3, consideredType: 'int'}]
                }]
              }]
            }
            """), details);
        Assert.Equal(1, error.WriteError.Details["failingDocumentId"].AsInt32);
    }

    [Fact]
    public async Task Missing_required_fields_and_failed_bounds_are_listed()
    {
        var students = await StudentsAsync();
        var error = await Assert.ThrowsAsync<MongoWriteException>(() => students.InsertOneAsync(BsonDocument.Parse("{_id: 2, name: 'Bob', year: 2000}")));
        var rules = error.WriteError.Details["details"]["schemaRulesNotSatisfied"].AsBsonArray;
        var required = rules.Single(r => r["operatorName"] == "required");
        Assert.Equal(new BsonArray { "address", "major" }, required["missingProperties"]);
        var year = rules.Single(r => r["operatorName"] == "properties")["propertiesNotSatisfied"][0];
        Assert.Equal("year", year["propertyName"].AsString);
        Assert.Equal(BsonDocument.Parse("{operatorName: 'minimum', specifiedAs: {minimum: 2017}, reason: 'comparison failed', consideredValue: 2000}"), year["details"][0]);
    }

    [Fact]
    public async Task Valid_document_is_accepted()
    {
        var students = await StudentsAsync();
        await students.InsertOneAsync(BsonDocument.Parse("{name: 'Alice', year: 2019, major: 'History', gpa: 3.0, address: {city: 'NYC'}}"));
        Assert.Single(await students.Find(FilterDefinition<BsonDocument>.Empty).ToListAsync());
    }
}
