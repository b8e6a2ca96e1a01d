using MongoDB.Bson;

namespace EmbeddedMongo.Query.Schema;

/// <summary>
/// items: one schema for every element, or a list of schemas for the first elements (then
/// additionalItems decides about the rest).
/// </summary>
public sealed class ItemsKeyword(JsonSchema? each, JsonSchema[]? positional, bool additionalAllowed, JsonSchema? additional) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonArray array)
        {
            return true;
        }

        for (var i = 0; i < array.Count; i++)
        {
            JsonSchema? schema;
            string keyword;
            if (each is not null)
            {
                (schema, keyword) = (each, "items");
            }
            else if (i < positional!.Length)
            {
                (schema, keyword) = (positional[i], "items");
            }
            else if (additional is not null)
            {
                (schema, keyword) = (additional, "additionalItems");
            }
            else if (additionalAllowed)
            {
                break;
            }
            else
            {
                failures?.Add(new BsonDocument
                {
                    { "operatorName", "additionalItems" },
                    { "specifiedAs", new BsonDocument("additionalItems", false) },
                    { "reason", "found additional items" },
                    { "additionalItems", new BsonArray(array.Skip(i)) },
                });
                return false;
            }

            var details = failures is null ? null : new List<BsonDocument>();
            if (!schema.Validate(array[i], details))
            {
                failures?.Add(new BsonDocument
                {
                    { "operatorName", keyword },
                    { "reason", "At least one item did not match the sub-schema" },
                    { "itemIndex", i },
                    { "details", new BsonArray(details!) },
                });
                return false;
            }
        }

        return true;
    }
}

/// <summary>minItems/maxItems: bounds on an array's length.</summary>
public sealed class ItemCountKeyword(string keyword, long limit) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonArray array)
        {
            return true;
        }

        var ok = keyword == "minItems" ? array.Count >= limit : array.Count <= limit;
        if (!ok)
        {
            failures?.Add(Failure(keyword, limit, "array did not match specified length", value));
        }

        return ok;
    }
}

/// <summary>uniqueItems: no two elements of an array are equal.</summary>
public sealed class UniqueItemsKeyword(bool unique) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (!unique || value is not BsonArray array)
        {
            return true;
        }

        var seen = new HashSet<BsonValue>(BsonOrder.Instance);
        foreach (var item in array)
        {
            if (!seen.Add(item))
            {
                if (failures is not null)
                {
                    var failure = Failure("uniqueItems", true, "found a duplicate item", value);
                    failure.Add("duplicatedValue", item);
                    failures.Add(failure);
                }

                return false;
            }
        }

        return true;
    }
}

/// <summary>allOf, anyOf, oneOf over sub-schemas, and not.</summary>
public sealed class LogicalKeyword(string keyword, JsonSchema[] schemas, BsonValue specified) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        var failed = new BsonArray();
        var matching = new BsonArray();
        for (var i = 0; i < schemas.Length; i++)
        {
            var details = failures is null ? null : new List<BsonDocument>();
            if (schemas[i].Validate(value, details))
            {
                matching.Add(i);
            }
            else if (details is not null)
            {
                failed.Add(new BsonDocument { { "index", i }, { "details", new BsonArray(details) } });
            }
        }

        var ok = keyword switch
        {
            "allOf" => matching.Count == schemas.Length,
            "anyOf" => matching.Count > 0,
            "oneOf" => matching.Count == 1,
            _ => matching.Count == 0,
        };
        if (ok || failures is null)
        {
            return ok;
        }

        var failure = new BsonDocument("operatorName", keyword);
        if (keyword == "not")
        {
            failure.Add("specifiedAs", new BsonDocument("not", specified));
            failure.Add("reason", "child expression matched");
        }
        else if (keyword == "oneOf" && matching.Count > 1)
        {
            failure.Add("specifiedAs", new BsonDocument("oneOf", specified));
            failure.Add("reason", "more than one subschema matched");
            failure.Add("matchingSchemaIndexes", matching);
        }
        else
        {
            failure.Add("schemasNotSatisfied", failed);
        }

        failures.Add(failure);
        return false;
    }
}
