using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>The comparison operators of the query language.</summary>
public enum ComparisonKind
{
    Eq,
    Gt,
    Gte,
    Lt,
    Lte,
}

/// <summary>
/// $eq, $gt, $gte, $lt, $lte with type bracketing: a value compares only with values of the same
/// canonical type (all numbers are one type), except that MinKey and MaxKey bound everything.
/// Null equality also matches a missing field. NaN equals NaN and compares false with any number.
/// </summary>
public sealed class ComparisonPredicate : ValuePredicate
{
    private readonly ComparisonKind kind;
    private readonly BsonValue operand;
    private readonly int rank;
    private readonly bool operandIsNaN;
    private readonly bool matchesMissing;

    public ComparisonPredicate(ComparisonKind kind, BsonValue operand)
    {
        this.kind = kind;
        this.operand = operand;
        rank = BsonOrder.Rank(operand);
        operandIsNaN = IsNaN(operand);
        matchesMissing = operand.IsBsonNull && kind is ComparisonKind.Eq or ComparisonKind.Gte or ComparisonKind.Lte;
    }

    public BsonValue Operand => operand;

    public override bool Test(BsonValue? value)
    {
        if (value is null)
        {
            // The server compares a missing field as an element of MinKey's canonical type.
            return matchesMissing || operand.BsonType switch
            {
                BsonType.MinKey => kind is ComparisonKind.Eq or ComparisonKind.Gte or ComparisonKind.Lte,
                BsonType.MaxKey => kind is ComparisonKind.Lt or ComparisonKind.Lte,
                _ => false,
            };
        }

        if (BsonOrder.Rank(value) != rank)
        {
            return operand.BsonType switch
            {
                BsonType.MinKey => kind is ComparisonKind.Gt or ComparisonKind.Gte,
                BsonType.MaxKey => kind is ComparisonKind.Lt or ComparisonKind.Lte,
                _ => false,
            };
        }

        if (rank == 10 && (operandIsNaN || IsNaN(value)))
        {
            return operandIsNaN && IsNaN(value) && kind is ComparisonKind.Eq or ComparisonKind.Gte or ComparisonKind.Lte;
        }

        var c = BsonOrder.CompareValues(value, operand);
        return kind switch
        {
            ComparisonKind.Eq => c == 0,
            ComparisonKind.Gt => c > 0,
            ComparisonKind.Gte => c >= 0,
            ComparisonKind.Lt => c < 0,
            _ => c <= 0,
        };
    }

    private static bool IsNaN(BsonValue value) => value.BsonType switch
    {
        BsonType.Double => double.IsNaN(value.AsDouble),
        BsonType.Decimal128 => Decimal128.IsNaN(value.AsDecimal128),
        _ => false,
    };
}

/// <summary>$in: equal to one of the values (null matches missing) or matching one of the regular expressions.</summary>
public sealed class InPredicate : ValuePredicate
{
    private readonly HashSet<BsonValue> values;
    private readonly RegexPredicate[] regexes;
    private readonly bool matchesMissing;
    private readonly bool hasNaN;

    public InPredicate(IEnumerable<BsonValue> values, RegexPredicate[] regexes)
    {
        this.values = new HashSet<BsonValue>(BsonOrder.Instance);
        foreach (var value in values)
        {
            if (value.BsonType == BsonType.Double && double.IsNaN(value.AsDouble) || value.BsonType == BsonType.Decimal128 && Decimal128.IsNaN(value.AsDecimal128))
            {
                hasNaN = true;
            }
            else
            {
                this.values.Add(value);
            }
        }

        this.regexes = regexes;
        matchesMissing = this.values.Contains(BsonNull.Value);
    }

    public override bool Test(BsonValue? value)
    {
        if (value is null)
        {
            return matchesMissing;
        }

        // BsonOrder equality brackets types already: 1 == 1.0 == 1L, "1" != 1.
        if (values.Contains(value))
        {
            return true;
        }

        if (hasNaN && (value.BsonType == BsonType.Double && double.IsNaN(value.AsDouble) || value.BsonType == BsonType.Decimal128 && Decimal128.IsNaN(value.AsDecimal128)))
        {
            return true;
        }

        foreach (var regex in regexes)
        {
            if (regex.Test(value))
            {
                return true;
            }
        }

        return false;
    }
}
