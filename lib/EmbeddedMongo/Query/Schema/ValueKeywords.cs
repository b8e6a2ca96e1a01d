using EmbeddedMongo.Commands;
using EmbeddedMongo.Query.Matching;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Schema;

/// <summary>bsonType and type: the value has one of the listed types.</summary>
public sealed class TypeKeyword(string keyword, BsonValue specified, HashSet<BsonType> types) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (types.Contains(value.BsonType))
        {
            return true;
        }

        failures?.Add(new BsonDocument
        {
            { "operatorName", keyword },
            { "specifiedAs", new BsonDocument(keyword, specified) },
            { "reason", "type did not match" },
            { "consideredValue", value },
            { "consideredType", CommandArgs.TypeName(value) },
        });
        return false;
    }
}

/// <summary>enum: the value equals one of the listed values.</summary>
public sealed class EnumKeyword(BsonArray values) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        foreach (var candidate in values)
        {
            if (BsonOrder.Rank(candidate) == BsonOrder.Rank(value) && BsonOrder.CompareValues(candidate, value) == 0)
            {
                return true;
            }
        }

        failures?.Add(Failure("enum", values, "value was not found in enum", value));
        return false;
    }
}

/// <summary>minimum/maximum (with exclusiveMinimum/exclusiveMaximum), for numbers only.</summary>
public sealed class BoundKeyword(string keyword, BsonValue bound, bool exclusive) : SchemaKeyword
{
    private readonly bool isMinimum = keyword == "minimum";

    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (!BsonOrder.IsNumber(value))
        {
            return true;
        }

        var c = BsonOrder.CompareNumbers(value, bound);
        var ok = isMinimum ? (exclusive ? c > 0 : c >= 0) : (exclusive ? c < 0 : c <= 0);
        if (!ok && failures is not null)
        {
            var failure = Failure(keyword, bound, "comparison failed", value);
            if (exclusive)
            {
                failure["specifiedAs"].AsBsonDocument.Add(isMinimum ? "exclusiveMinimum" : "exclusiveMaximum", true);
            }

            failures.Add(failure);
        }

        return ok;
    }
}

/// <summary>minLength/maxLength, for strings only, counted in code points.</summary>
public sealed class LengthKeyword(string keyword, long limit) : SchemaKeyword
{
    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonString s)
        {
            return true;
        }

        var length = CountCodePoints(s.Value);
        var ok = keyword == "minLength" ? length >= limit : length <= limit;
        if (!ok)
        {
            failures?.Add(Failure(keyword, limit, "specified string length was not satisfied", value));
        }

        return ok;
    }

    private static int CountCodePoints(string s)
    {
        var count = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!(char.IsLowSurrogate(s[i]) && i > 0 && char.IsHighSurrogate(s[i - 1])))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>pattern: strings only, a regular expression that must match.</summary>
public sealed class PatternKeyword(string pattern) : SchemaKeyword
{
    private readonly RegexPredicate regex = new(pattern, string.Empty);

    public override bool Validate(BsonValue value, List<BsonDocument>? failures)
    {
        if (value is not BsonString s || regex.IsMatch(s.Value))
        {
            return true;
        }

        failures?.Add(Failure("pattern", pattern, "regular expression did not match", value));
        return false;
    }
}
