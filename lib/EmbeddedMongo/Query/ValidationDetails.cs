using EmbeddedMongo.Query.Matching;
using EmbeddedMongo.Query.Schema;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// Builds errInfo.details for a refused document, in the shape MongoDB 5.0+ reports ("Schema
/// Validation" in the manual): which rule failed and why. A $jsonSchema validator reports
/// {operatorName: "$jsonSchema", schemaRulesNotSatisfied: [...]}; several top-level clauses report
/// {operatorName: "$and", clausesNotSatisfied: [{index, details}]}.
/// </summary>
public static class ValidationDetails
{
    public static BsonDocument Explain(BsonDocument validator, BsonDocument document)
    {
        if (validator.ElementCount == 1)
        {
            return ExplainClause(validator.GetElement(0), document);
        }

        var clauses = new BsonArray();
        for (var i = 0; i < validator.ElementCount; i++)
        {
            var element = validator.GetElement(i);
            if (!Filter.Parse(new BsonDocument(element)).Matches(document))
            {
                clauses.Add(new BsonDocument { { "index", i }, { "details", ExplainClause(element, document) } });
            }
        }

        return new BsonDocument
        {
            { "operatorName", "$and" },
            { "clausesNotSatisfied", clauses },
        };
    }

    private static BsonDocument ExplainClause(BsonElement clause, BsonDocument document)
    {
        switch (clause.Name)
        {
            case "$jsonSchema" when clause.Value is BsonDocument schema:
            {
                var failures = new List<BsonDocument>();
                JsonSchemaParser.Parse(schema).Validate(document, failures);
                var explained = new BsonDocument("operatorName", "$jsonSchema");
                if (schema.TryGetValue("title", out var title))
                {
                    explained.Add("title", title);
                }

                explained.Add("schemaRulesNotSatisfied", new BsonArray(failures));
                return explained;
            }

            case "$expr":
                return new BsonDocument
                {
                    { "operatorName", "$expr" },
                    { "specifiedAs", new BsonDocument(clause) },
                    { "reason", "expression did not match" },
                    { "expressionResult", false },
                };
            case "$and" or "$or" or "$nor":
                return new BsonDocument
                {
                    { "operatorName", clause.Name },
                    { "specifiedAs", new BsonDocument(clause) },
                    { "reason", "expression did not match" },
                };
        }

        if (clause.Name.StartsWith('$'))
        {
            return new BsonDocument
            {
                { "operatorName", clause.Name },
                { "specifiedAs", new BsonDocument(clause) },
                { "reason", "expression did not match" },
            };
        }

        var operatorName = clause.Value is BsonDocument operators && OperatorParser.IsOperatorDocument(operators)
            ? operators.GetElement(0).Name
            : clause.Value is BsonRegularExpression ? "$regex" : "$eq";
        var considered = Storage.FieldPath.GetValue(document, clause.Name);
        var details = new BsonDocument
        {
            { "operatorName", operatorName },
            { "specifiedAs", new BsonDocument(clause) },
        };
        if (considered is null)
        {
            details.Add("reason", "field was missing");
        }
        else
        {
            details.Add("reason", operatorName is "$eq" or "$ne" or "$gt" or "$gte" or "$lt" or "$lte" or "$in" or "$nin" ? "comparison failed" : "expression did not match");
            details.Add("consideredValue", considered);
        }

        return details;
    }
}
