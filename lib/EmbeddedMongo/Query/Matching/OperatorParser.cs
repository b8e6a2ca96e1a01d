using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// Parses a field's operator document ({$gte: 1, $lt: 5}) into a <see cref="FieldCondition"/>, one
/// operator at a time from a sorted table. Arguments are checked with MongoDB's codes and messages.
/// </summary>
public static class OperatorParser
{
    private delegate FieldCondition OperatorParse(BsonValue argument, BsonDocument operators, DateTime now);

    private static readonly SortedDictionary<string, OperatorParse> Operators = new(StringComparer.Ordinal)
    {
        ["$all"] = (arg, _, now) => ArrayQueryOperators.ParseAll(arg, now),
        ["$bitsAllClear"] = (arg, _, _) => Leaf(BitsPredicate.Parse("$bitsAllClear", arg)),
        ["$bitsAllSet"] = (arg, _, _) => Leaf(BitsPredicate.Parse("$bitsAllSet", arg)),
        ["$bitsAnyClear"] = (arg, _, _) => Leaf(BitsPredicate.Parse("$bitsAnyClear", arg)),
        ["$bitsAnySet"] = (arg, _, _) => Leaf(BitsPredicate.Parse("$bitsAnySet", arg)),
        ["$elemMatch"] = (arg, _, now) => ArrayQueryOperators.ParseElemMatch(arg, now),
        ["$eq"] = (arg, _, _) => Leaf(new ComparisonPredicate(ComparisonKind.Eq, arg)),
        ["$exists"] = (arg, _, _) => arg.ToBoolean() ? Leaf(ExistsPredicate.Instance) : new NotCondition(Leaf(ExistsPredicate.Instance)),
        ["$geoIntersects"] = (_, _, _) => throw GeoUnsupported("$geoIntersects"),
        ["$geoWithin"] = (arg, _, _) => Leaf(GeoWithinPredicate.Parse(arg)),
        ["$gt"] = (arg, _, _) => Leaf(new ComparisonPredicate(ComparisonKind.Gt, arg)),
        ["$gte"] = (arg, _, _) => Leaf(new ComparisonPredicate(ComparisonKind.Gte, arg)),
        ["$in"] = (arg, _, _) => Leaf(ParseIn("$in", arg)),
        ["$lt"] = (arg, _, _) => Leaf(new ComparisonPredicate(ComparisonKind.Lt, arg)),
        ["$lte"] = (arg, _, _) => Leaf(new ComparisonPredicate(ComparisonKind.Lte, arg)),
        ["$mod"] = (arg, _, _) => Leaf(ParseMod(arg)),
        ["$ne"] = (arg, _, _) => arg is BsonRegularExpression
            ? throw Errors.BadValue("Can't have regex as arg to $ne.")
            : new NotCondition(Leaf(new ComparisonPredicate(ComparisonKind.Eq, arg))),
        ["$near"] = (_, _, _) => throw NoGeoIndex(),
        ["$nearSphere"] = (_, _, _) => throw NoGeoIndex(),
        ["$nin"] = (arg, _, _) => new NotCondition(Leaf(ParseIn("$nin", arg))),
        ["$not"] = (arg, _, now) => ParseNot(arg, now),
        ["$options"] = (_, operators, _) => operators.Contains("$regex") ? new AllCondition([]) : throw Errors.BadValue("$options needs a $regex"),
        ["$regex"] = (arg, operators, _) => Leaf(ParseRegex(arg, operators)),
        ["$size"] = (arg, _, _) => Leaf(ParseSize(arg)),
        ["$type"] = (arg, _, _) => Leaf(ParseType(arg)),
    };

    /// <summary>
    /// Whether a field's value is an operator document: its first name starts with '$' (and it is
    /// not a DBRef, whose $ref/$id/$db are plain fields).
    /// </summary>
    public static bool IsOperatorDocument(BsonDocument value)
        => value.ElementCount > 0 && value.GetElement(0).Name is { } first && first.StartsWith('$') && first is not ("$ref" or "$id" or "$db");

    public static FieldCondition Parse(BsonDocument operators, DateTime now)
    {
        var parts = new List<FieldCondition>(operators.ElementCount);
        foreach (var element in operators)
        {
            if (!Operators.TryGetValue(element.Name, out var parse))
            {
                throw Errors.BadValue($"unknown operator: {element.Name}");
            }

            var condition = parse(element.Value, operators, now);
            if (condition is not AllCondition { IsEmpty: true })
            {
                parts.Add(condition);
            }
        }

        return parts.Count == 1 ? parts[0] : new AllCondition(parts);
    }

    private static LeafCondition Leaf(ValuePredicate predicate) => new(predicate);

    // Geospatial queries need 2d/2dsphere indexes, which this server does not build.
    private static Commands.MongoServerException NoGeoIndex()
        => Errors.Make(291, "NoQueryExecutionPlans", "error processing query: planner returned error :: caused by :: unable to find index for $geoNear query");

    private static Commands.MongoServerException GeoUnsupported(string name)
        => Errors.BadValue($"{name} is not supported: geospatial queries need a 2dsphere index, which this server does not implement");

    private static InPredicate ParseIn(string name, BsonValue argument)
    {
        if (argument is not BsonArray array)
        {
            throw Errors.BadValue($"{name} needs an array");
        }

        var values = new List<BsonValue>(array.Count);
        var regexes = new List<RegexPredicate>();
        foreach (var item in array)
        {
            switch (item)
            {
                case BsonRegularExpression regex:
                    regexes.Add(new RegexPredicate(regex.Pattern, regex.Options));
                    break;
                case BsonDocument document when document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$') && IsOperatorDocument(document):
                    throw Errors.BadValue($"cannot nest $ under {name}");
                default:
                    values.Add(item);
                    break;
            }
        }

        return new InPredicate(values, regexes.ToArray());
    }

    private static FieldCondition ParseNot(BsonValue argument, DateTime now)
    {
        switch (argument)
        {
            case BsonRegularExpression regex:
                return new NotCondition(Leaf(new RegexPredicate(regex.Pattern, regex.Options)));
            case BsonDocument { ElementCount: 0 }:
                throw Errors.BadValue("$not cannot be empty");
            case BsonDocument document:
                return new NotCondition(Parse(document, now));
            default:
                throw Errors.BadValue("$not needs a regex or a document");
        }
    }

    private static RegexPredicate ParseRegex(BsonValue argument, BsonDocument operators)
    {
        var options = string.Empty;
        if (operators.TryGetValue("$options", out var optionsValue))
        {
            options = optionsValue as BsonString is { } s ? s.Value : throw Errors.BadValue("$options has to be a string");
        }

        return argument switch
        {
            BsonString pattern => new RegexPredicate(pattern.Value, options),
            BsonRegularExpression regex when regex.Options.Length > 0 && options.Length > 0
                => throw Errors.Location(51075, "options set in both $regex and $options"),
            BsonRegularExpression regex => new RegexPredicate(regex.Pattern, regex.Options.Length > 0 ? regex.Options : options),
            _ => throw Errors.BadValue("$regex has to be a string"),
        };
    }

    private static ModPredicate ParseMod(BsonValue argument)
    {
        if (argument is not BsonArray array)
        {
            throw Errors.BadValue("malformed mod, needs to be an array");
        }

        if (array.Count < 2)
        {
            throw Errors.BadValue("malformed mod, not enough elements");
        }

        if (array.Count > 2)
        {
            throw Errors.BadValue("malformed mod, too many elements");
        }

        var divisor = ModOperand(array[0], "divisor");
        var remainder = ModOperand(array[1], "remainder");
        if (divisor == 0)
        {
            throw Errors.BadValue("divisor cannot be 0");
        }

        return new ModPredicate(divisor, remainder);
    }

    private static long ModOperand(BsonValue value, string role)
    {
        if (!BsonOrder.IsNumber(value))
        {
            throw Errors.BadValue($"malformed mod, {role} not a number");
        }

        var d = Numeric.ToDouble(value);
        if (!double.IsFinite(d) || Math.Abs(d) >= 9.2233720368547758e18)
        {
            throw Errors.BadValue($"malformed mod, {role} value is invalid :: caused by :: Out of bounds coercing to integral value");
        }

        return value.BsonType == BsonType.Int64 ? value.AsInt64 : (long)Math.Truncate(d);
    }

    private static SizePredicate ParseSize(BsonValue argument)
    {
        if (!BsonOrder.IsNumber(argument))
        {
            throw Errors.BadValue("$size needs a number");
        }

        var d = Numeric.ToDouble(argument);
        if (d < 0)
        {
            throw Errors.BadValue("$size may not be negative");
        }

        if (d != Math.Floor(d) || d > int.MaxValue)
        {
            throw Errors.BadValue("$size must be a whole number");
        }

        return new SizePredicate((int)d);
    }

    /// <summary>$type: an alias, a number, "number", or an array of them.</summary>
    public static TypePredicate ParseType(BsonValue argument)
    {
        var types = new HashSet<BsonType>();
        if (argument is BsonArray array)
        {
            if (array.Count == 0)
            {
                throw Errors.FailedToParse("$type must match at least one type");
            }

            foreach (var item in array)
            {
                AddType(item, types);
            }
        }
        else
        {
            AddType(argument, types);
        }

        return new TypePredicate(types);
    }

    private static void AddType(BsonValue value, HashSet<BsonType> types)
    {
        if (value is BsonString name)
        {
            if (name.Value == "number")
            {
                types.UnionWith(BsonTypeNames.NumberTypes);
                return;
            }

            if (!BsonTypeNames.TryGetByName(name.Value, out var named))
            {
                throw Errors.BadValue($"Unknown type name alias: {name.Value}");
            }

            types.Add(named);
            return;
        }

        if (!BsonOrder.IsNumber(value))
        {
            throw Errors.TypeMismatch("type must be represented as a number or a string");
        }

        var d = Numeric.ToDouble(value);
        if (d != Math.Floor(d) || !BsonTypeNames.TryGetByNumber((int)d, out var numbered))
        {
            throw Errors.BadValue($"Invalid numerical type code: {value}");
        }

        types.Add(numbered);
    }
}
