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
        // The server's parser puts each operator of a field ({qty: {$type: 'int', $gte: 0}}) in the
        // top-level $and as a clause of its own, so the details name the operator that failed.
        var clauses = validator.SelectMany(Split).ToList();
        if (clauses.Count == 1)
        {
            return ExplainClause(clauses[0], document);
        }

        var failed = new BsonArray();
        for (var i = 0; i < clauses.Count; i++)
        {
            if (!Filter.Parse(new BsonDocument(clauses[i])).Matches(document))
            {
                failed.Add(new BsonDocument { { "index", i }, { "details", ExplainClause(clauses[i], document) } });
            }
        }

        return new BsonDocument
        {
            { "operatorName", "$and" },
            { "clausesNotSatisfied", failed },
        };
    }

    private static IEnumerable<BsonElement> Split(BsonElement element)
    {
        if (element.Name.StartsWith('$') || element.Value is not BsonDocument operators || operators.ElementCount < 2
            || !OperatorParser.IsOperatorDocument(operators) || operators.Contains("$options") || operators.Contains("$not"))
        {
            return [element];
        }

        return operators.Select(op => new BsonElement(element.Name, new BsonDocument(op)));
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
