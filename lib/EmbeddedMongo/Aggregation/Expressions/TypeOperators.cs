using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$type, $isNumber, $convert and its shorthands ($toInt, $toString...).</summary>
internal static class TypeOperators
{
    public static readonly OperatorTable Table = new(
        ("$convert", ParseConvert),
        ("$isNumber", Op.Unary(v => Values.Bool(Values.IsNumber(v)))),
        ("$toBool", Shorthand(BsonType.Boolean)),
        ("$toDate", Shorthand(BsonType.DateTime)),
        ("$toDecimal", Shorthand(BsonType.Decimal128)),
        ("$toDouble", Shorthand(BsonType.Double)),
        ("$toInt", Shorthand(BsonType.Int32)),
        ("$toLong", Shorthand(BsonType.Int64)),
        ("$toObjectId", Shorthand(BsonType.ObjectId)),
        ("$toString", Shorthand(BsonType.String)),
        ("$toUUID", Op.Unary(BinDataConversion.ToUuid)),
        ("$type", Op.Unary(v => new BsonString(Values.TypeName(v)))));

    private static OperatorParser Shorthand(BsonType target) => Op.Unary(v => Values.IsNullish(v) ? BsonNull.Value : Conversion.Convert(v!, target));

    private static Expression ParseConvert(string name, BsonValue argument)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.FailedToParse($"$convert expects an object of named arguments but found: {Values.TypeName(argument)}");
        }

        Expression? input = null, to = null, subtype = null, format = null, onError = null, onNull = null;
        foreach (var element in d)
        {
            if (element.Name == "to" && element.Value is BsonDocument toSpec && (toSpec.ElementCount == 0 || !toSpec.GetElement(0).Name.StartsWith('$')))
            {
                (to, subtype) = ParseTargetObject(toSpec);
                continue;
            }

            var parsed = ExpressionParser.Parse(element.Value);
            switch (element.Name)
            {
                case "input":
                    input = parsed;
                    break;
                case "to":
                    to = parsed;
                    break;
                case "format":
                    format = parsed;
                    break;
                case "onError":
                    onError = parsed;
                    break;
                case "onNull":
                    onNull = parsed;
                    break;
                default:
                    throw Errors.FailedToParse($"$convert found an unknown argument: {element.Name}");
            }
        }

        if (input is null)
        {
            throw Errors.FailedToParse("Missing 'input' parameter to $convert");
        }

        if (to is null)
        {
            throw Errors.FailedToParse("Missing 'to' parameter to $convert");
        }

        return new FuncExpression(c =>
        {
            var value = input.Evaluate(c);
            var target = to.Evaluate(c);
            if (Values.IsNullish(value))
            {
                return onNull is null ? BsonNull.Value : onNull.Evaluate(c);
            }

            if (Values.IsNullish(target))
            {
                return BsonNull.Value;
            }

            var type = TargetType(target!);
            if (onError is null)
            {
                return Convert(c, value!, type, subtype, format);
            }

            try
            {
                return Convert(c, value!, type, subtype, format);
            }
            catch (MongoServerException e) when (e.Code == 241)
            {
                return onError.Evaluate(c);
            }
        });
    }

    /// <summary>The object form of 'to' (8.0): {type: <type expression>, subtype: <int expression>}.</summary>
    private static (Expression Type, Expression? Subtype) ParseTargetObject(BsonDocument spec)
    {
        Expression? type = null, subtype = null;
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "type":
                    type = ExpressionParser.Parse(element.Value);
                    break;
                case "subtype":
                    subtype = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.FailedToParse($"$convert found an unknown argument in 'to': {element.Name}");
            }
        }

        return (type ?? throw Errors.FailedToParse("Missing 'type' parameter in 'to' of $convert"), subtype);
    }

    private static BsonValue Convert(EvaluationContext c, BsonValue value, BsonType type, Expression? subtype, Expression? format)
    {
        var formatValue = format?.Evaluate(c);
        var formatName = Values.IsNullish(formatValue) ? null : BinDataConversion.CheckFormat(formatValue!);
        if (!BinDataConversion.Handles(value, type))
        {
            return Conversion.Convert(value, type);
        }

        var subtypeValue = subtype?.Evaluate(c);
        var code = 0;
        if (!Values.IsNullish(subtypeValue) && !Values.TryGetInt(subtypeValue!, out code))
        {
            throw Errors.FailedToParse($"In $convert, 'subtype' must be an integer, but is {Values.TypeName(subtypeValue)}");
        }

        return BinDataConversion.Convert(value, type, code, formatName);
    }

    private static BsonType TargetType(BsonValue target)
    {
        if (target is BsonString s)
        {
            return s.Value switch
            {
                "double" => BsonType.Double,
                "string" => BsonType.String,
                "objectId" => BsonType.ObjectId,
                "bool" => BsonType.Boolean,
                "date" => BsonType.DateTime,
                "int" => BsonType.Int32,
                "long" => BsonType.Int64,
                "decimal" => BsonType.Decimal128,
                "object" => BsonType.Document,
                "array" => BsonType.Array,
                "binData" => BsonType.Binary,
                "null" => BsonType.Null,
                "regex" => BsonType.RegularExpression,
                "timestamp" => BsonType.Timestamp,
                "minKey" => BsonType.MinKey,
                "maxKey" => BsonType.MaxKey,
                "javascript" => BsonType.JavaScript,
                "symbol" => BsonType.Symbol,
                "undefined" => BsonType.Undefined,
                _ => throw Errors.BadValue($"Unknown type name: {s.Value}"),
            };
        }

        if (Values.TryGetInt(target, out var code))
        {
            return code switch
            {
                1 => BsonType.Double,
                2 => BsonType.String,
                7 => BsonType.ObjectId,
                8 => BsonType.Boolean,
                9 => BsonType.DateTime,
                16 => BsonType.Int32,
                18 => BsonType.Int64,
                19 => BsonType.Decimal128,
                3 or 4 or 5 or 6 or 10 or 11 or 13 or 14 or 17 or -1 or 127 => (BsonType)code,
                _ => throw Errors.FailedToParse($"In $convert, numeric value for 'to' does not correspond to a BSON type: {code}"),
            };
        }

        throw Errors.FailedToParse($"$convert's 'to' argument must be a string or number, but is {Values.TypeName(target)}");
    }
}
