using System.Text.RegularExpressions;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// $regex (and a BSON regular expression as a filter value): matches strings and symbols by the
/// pattern, and a stored regular expression equal to this one (same pattern and options).
/// </summary>
public sealed class RegexPredicate : ValuePredicate
{
    private readonly Regex regex;

    public RegexPredicate(string pattern, string options)
    {
        Pattern = pattern;
        Options = options;
        regex = PcreTranslator.Compile(pattern, options);
    }

    public string Pattern { get; }

    public string Options { get; }

    public bool IsMatch(string input) => regex.IsMatch(input);

    public override bool Test(BsonValue? value) => value switch
    {
        BsonString s => regex.IsMatch(s.Value),
        BsonSymbol symbol => regex.IsMatch(symbol.Name),
        BsonRegularExpression r => r.Pattern == Pattern && SortedOptions(r.Options) == SortedOptions(Options),
        _ => false,
    };

    private static string SortedOptions(string options) => new(options.Order().ToArray());
}

/// <summary>$mod: [divisor, remainder] over numbers truncated toward zero.</summary>
public sealed class ModPredicate(long divisor, long remainder) : ValuePredicate
{
    public override bool Test(BsonValue? value)
    {
        if (value is null || !BsonOrder.IsNumber(value))
        {
            return false;
        }

        long n;
        switch (value.BsonType)
        {
            case BsonType.Int32:
                n = value.AsInt32;
                break;
            case BsonType.Int64:
                n = value.AsInt64;
                break;
            default:
            {
                var d = Numeric.ToDouble(value);
                if (!double.IsFinite(d))
                {
                    return false;
                }

                n = d >= 9.2233720368547758e18 ? long.MaxValue : d <= -9.2233720368547758e18 ? long.MinValue : (long)Math.Truncate(d);
                break;
            }
        }

        // long.MinValue % -1 overflows in .NET; the mathematical remainder is 0.
        return (divisor == -1 ? 0 : n % divisor) == remainder;
    }
}

/// <summary>$size: an array with exactly this many elements (the array itself, not its elements).</summary>
public sealed class SizePredicate(int size) : ValuePredicate
{
    public override bool ExpandsLeafArrays => false;

    public override bool Test(BsonValue? value) => value is BsonArray array && array.Count == size;
}

/// <summary>$type: the value has one of the listed BSON types ("number" stands for all four numeric types).</summary>
public sealed class TypePredicate(HashSet<BsonType> types) : ValuePredicate
{
    public override bool Test(BsonValue? value) => value is not null && types.Contains(value.BsonType);
}

/// <summary>$elemMatch with operators ({$gte: 80, $lt: 85}): some element satisfies all of them.</summary>
public sealed class ElemMatchValuePredicate(ValuePredicate inner) : ValuePredicate
{
    public override bool ExpandsLeafArrays => false;

    public override bool Test(BsonValue? value) => Test(value, out _);

    public override bool Test(BsonValue? value, out int position)
    {
        position = -1;
        if (value is not BsonArray array)
        {
            return false;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (inner.Test(array[i]))
            {
                position = i;
                return true;
            }
        }

        return false;
    }
}

/// <summary>$elemMatch with a query ({product: "xyz", score: {$gte: 8}}): some embedded document matches it.</summary>
public sealed class ElemMatchObjectPredicate(MatchNode query) : ValuePredicate
{
    public override bool ExpandsLeafArrays => false;

    public override bool Test(BsonValue? value) => Test(value, out _);

    public override bool Test(BsonValue? value, out int position)
    {
        position = -1;
        if (value is not BsonArray array)
        {
            return false;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is BsonDocument document && query.Matches(document, null))
            {
                position = i;
                return true;
            }
        }

        return false;
    }
}
