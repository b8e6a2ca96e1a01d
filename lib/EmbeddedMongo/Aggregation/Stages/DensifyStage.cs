using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// $densify: adds documents so that a numeric or date field has a value at every step of a range
/// (bounds [lower, upper) , "full" over all documents, or "partition" per partition), per
/// partition of partitionByFields. Added documents hold only the field and the partition fields.
/// </summary>
public sealed class DensifyStage : IPipelineStage
{
    private readonly string[] field;
    private readonly string[][] partitionFields;
    private readonly double step;
    private readonly string? unit;
    private readonly string? boundsMode;
    private readonly BsonValue? lower;
    private readonly BsonValue? upper;

    private DensifyStage(string[] field, string[][] partitionFields, double step, string? unit, string? boundsMode, BsonValue? lower, BsonValue? upper)
    {
        this.field = field;
        this.partitionFields = partitionFields;
        this.step = step;
        this.unit = unit;
        this.boundsMode = boundsMode;
        this.lower = lower;
        this.upper = upper;
    }

    public string Name => "$densify";

    public static IPipelineStage Parse(BsonValue spec, StageParseContext where)
    {
        if (spec is not BsonDocument document)
        {
            throw CommandArgs.WrongType("$densify", "$densify", spec, "object");
        }

        string? field = null;
        var partitions = new List<string[]>();
        BsonDocument? range = null;
        foreach (var element in document)
        {
            switch (element.Name)
            {
                case "field":
                    field = element.Value is BsonString f ? f.Value : throw CommandArgs.WrongType("$densify", "field", element.Value, "string");
                    break;
                case "partitionByFields":
                    var list = element.Value as BsonArray ?? throw CommandArgs.WrongType("$densify", "partitionByFields", element.Value, "array");
                    foreach (var item in list)
                    {
                        partitions.Add(FieldNames.Split(item is BsonString s ? s.Value : throw CommandArgs.WrongType("$densify", "partitionByFields", item, "string")));
                    }

                    break;
                case "range":
                    range = element.Value as BsonDocument ?? throw CommandArgs.WrongType("$densify", "range", element.Value, "object");
                    break;
                default:
                    throw Errors.Location(40415, $"BSON field '$densify.{element.Name}' is an unknown field.");
            }
        }

        if (field is null)
        {
            throw Errors.Location(40414, "BSON field '$densify.field' is missing but a required field");
        }

        if (range is null)
        {
            throw Errors.Location(40414, "BSON field '$densify.range' is missing but a required field");
        }

        double? step = null;
        string? unit = null, mode = null;
        BsonValue? lower = null, upper = null;
        foreach (var element in range)
        {
            switch (element.Name)
            {
                case "step":
                    if (!BsonOrder.IsNumber(element.Value) || Numeric.ToDouble(element.Value) <= 0)
                    {
                        throw Errors.Location(5733401, "the step parameter in a range statement must be a strictly positive numeric value");
                    }

                    step = Numeric.ToDouble(element.Value);
                    break;
                case "unit":
                    unit = element.Value is BsonString u && TimeUnits.IsUnit(u.Value) ? u.Value : throw Errors.FailedToParse($"unknown time unit value: {element.Value}");
                    break;
                case "bounds":
                    switch (element.Value)
                    {
                        case BsonString { Value: "full" or "partition" } s:
                            mode = s.Value;
                            break;
                        case BsonArray { Count: 2 } a when BsonOrder.Rank(a[0]) == BsonOrder.Rank(a[1]) && (BsonOrder.IsNumber(a[0]) || a[0] is BsonDateTime):
                            if (BsonOrder.CompareValues(a[0], a[1]) > 0)
                            {
                                throw Errors.Location(5733402, "the bounds in a range statement must be the string 'full', 'partition', or an ascending array of two numbers or two dates");
                            }

                            (lower, upper) = (a[0], a[1]);
                            break;
                        default:
                            throw Errors.Location(5946802, "the bounds in a range statement must be the string 'full', 'partition', or an ascending array of two numbers or two dates");
                    }

                    break;
                default:
                    throw Errors.Location(40415, $"BSON field '$densify.range.{element.Name}' is an unknown field.");
            }
        }

        if (step is null)
        {
            throw Errors.Location(40414, "BSON field '$densify.range.step' is missing but a required field");
        }

        if (mode is null && lower is null)
        {
            throw Errors.Location(40414, "BSON field '$densify.range.bounds' is missing but a required field");
        }

        if (lower is BsonDateTime && unit is null)
        {
            throw Errors.Location(5733409, "A bounding array of dates must also contain a unit");
        }

        if (lower is not null && BsonOrder.IsNumber(lower) && unit is not null)
        {
            throw Errors.Location(5733410, "A bounding array of numbers must not contain a unit");
        }

        return new DensifyStage(FieldNames.Split(field), partitions.ToArray(), step.Value, unit, mode, lower, upper);
    }

    public IEnumerable<BsonDocument> Apply(IEnumerable<BsonDocument> input, PipelineContext context)
    {
        var passThrough = new List<BsonDocument>();
        var partitions = new Dictionary<BsonValue, List<(BsonValue Value, BsonDocument Document)>>(BsonOrder.Instance);
        var partitionOrder = new List<(BsonValue Key, BsonDocument Fields)>();
        foreach (var document in input)
        {
            var value = DocumentPaths.Get(document, field);
            if (value is null || value.IsBsonNull)
            {
                passThrough.Add(document);
                continue;
            }

            CheckType(value);
            var fields = new BsonDocument();
            var key = new BsonArray();
            foreach (var path in partitionFields)
            {
                var part = DocumentPaths.Get(document, path) ?? BsonNull.Value;
                key.Add(part);
                DocumentPaths.Set(fields, path, 0, part);
            }

            if (!partitions.TryGetValue(key, out var rows))
            {
                rows = [];
                partitions.Add(key, rows);
                partitionOrder.Add((key, fields));
            }

            rows.Add((value, document));
        }

        foreach (var document in passThrough)
        {
            yield return document;
        }

        BsonValue? fullLower = null, fullUpper = null;
        if (boundsMode == "full")
        {
            foreach (var rows in partitions.Values)
            {
                foreach (var (value, _) in rows)
                {
                    fullLower = fullLower is null || BsonOrder.CompareValues(value, fullLower) < 0 ? value : fullLower;
                    fullUpper = fullUpper is null || BsonOrder.CompareValues(value, fullUpper) > 0 ? value : fullUpper;
                }
            }
        }

        if (boundsMode == "full" && partitionFields.Length > 0)
        {
            foreach (var document in FullAcrossPartitions(partitions, partitionOrder, fullLower!, fullUpper!))
            {
                yield return document;
            }

            yield break;
        }

        foreach (var (key, fields) in partitionOrder.OrderBy(p => p.Key, BsonOrder.Instance))
        {
            var rows = partitions[key];
            rows.Sort((a, b) => BsonOrder.CompareValues(a.Value, b.Value));
            var (low, high, inclusive) = boundsMode switch
            {
                "full" => (fullLower!, fullUpper!, true),
                "partition" => (rows[0].Value, rows[^1].Value, true),
                _ => (lower!, upper!, false),
            };

            var next = low;
            foreach (var (value, document) in rows)
            {
                while (Before(next, value) && Within(next, high, inclusive))
                {
                    yield return Generated(fields, next);
                    next = Step(next);
                }

                while (!Before(value, next) && Within(next, high, inclusive))
                {
                    next = Step(next);
                }

                yield return document;
            }

            while (Within(next, high, inclusive))
            {
                yield return Generated(fields, next);
                next = Step(next);
            }
        }
    }

    // Like mongod, "full" bounds sort on the field alone (not on the partition fields): the documents come
    // in field order, each partition filled from the overall minimum up to its next document as it
    // arrives, and what is left of every partition's range after the last document.
    private IEnumerable<BsonDocument> FullAcrossPartitions(
        Dictionary<BsonValue, List<(BsonValue Value, BsonDocument Document)>> partitions,
        List<(BsonValue Key, BsonDocument Fields)> partitionOrder,
        BsonValue low,
        BsonValue high)
    {
        var rows = partitionOrder
            .SelectMany(p => partitions[p.Key].Select(row => (row.Value, row.Document, p.Key, p.Fields)))
            .OrderBy(row => row.Value, BsonOrder.Instance)
            .ToList();
        var next = new Dictionary<BsonValue, BsonValue>(BsonOrder.Instance);
        var seen = new List<(BsonValue Key, BsonDocument Fields)>();
        foreach (var (value, document, key, fields) in rows)
        {
            if (!next.TryGetValue(key, out var current))
            {
                current = low;
                seen.Add((key, fields));
            }

            while (Before(current, value) && Within(current, high, true))
            {
                yield return Generated(fields, current);
                current = Step(current);
            }

            while (!Before(value, current) && Within(current, high, true))
            {
                current = Step(current);
            }

            next[key] = current;
            yield return document;
        }

        foreach (var (key, fields) in seen)
        {
            for (var current = next[key]; Within(current, high, true); current = Step(current))
            {
                yield return Generated(fields, current);
            }
        }
    }

    private void CheckType(BsonValue value)
    {
        if (unit is null && !BsonOrder.IsNumber(value))
        {
            throw Errors.Location(5733201, $"Densify field type must be numeric, found {CommandArgs.TypeName(value)}");
        }

        if (unit is not null && value is not BsonDateTime)
        {
            throw Errors.Location(6053600, $"Densify field type must be a date when a unit is given, found {CommandArgs.TypeName(value)}");
        }
    }

    private static bool Before(BsonValue a, BsonValue b) => BsonOrder.CompareValues(a, b) < 0;

    private static bool Within(BsonValue value, BsonValue high, bool inclusive)
    {
        var c = BsonOrder.CompareValues(value, high);
        return inclusive ? c <= 0 : c < 0;
    }

    private BsonValue Step(BsonValue value)
    {
        if (unit is not null)
        {
            return new BsonDateTime(TimeUnits.Add(value.ToUniversalTime(), unit, step));
        }

        if (value is BsonInt32 or BsonInt64 && step == Math.Floor(step))
        {
            var next = value.ToInt64() + (long)step;
            return next is >= int.MinValue and <= int.MaxValue && value is BsonInt32 ? new BsonInt32((int)next) : new BsonInt64(next);
        }

        if (value is BsonDecimal128)
        {
            return new BsonDecimal128(new Decimal128(Decimal128.ToDecimal(value.AsDecimal128) + (decimal)step));
        }

        return new BsonDouble(Numeric.ToDouble(value) + step);
    }

    private BsonDocument Generated(BsonDocument partitionFieldValues, BsonValue value)
    {
        // Like mongod: the partition's values first, then the densified field ({variety: 'Gesha', altitude: 600}).
        var generated = partitionFieldValues.DeepClone().AsBsonDocument;
        DocumentPaths.Set(generated, field, 0, value);
        return generated;
    }
}
