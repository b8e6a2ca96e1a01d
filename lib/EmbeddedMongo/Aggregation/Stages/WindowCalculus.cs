using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// The window functions that only exist in $setWindowFields and look at the sortBy axis or at the
/// order of documents: $derivative and $integral (rate of change and trapezoidal area over the sortBy
/// value, optionally in a time unit), $expMovingAvg (exponentially weighted running mean),
/// $covariancePop/$covarianceSamp (of two expressions over a window) and $linearFill (interpolating
/// null and missing values between their non-null neighbours along the sortBy value).
/// </summary>
public sealed class WindowCalculus
{
    public static readonly IReadOnlySet<string> Operators = new HashSet<string>(StringComparer.Ordinal)
    {
        "$covariancePop", "$covarianceSamp", "$derivative", "$expMovingAvg", "$integral", "$linearFill",
    };

    private static readonly Dictionary<string, long> UnitMilliseconds = new(StringComparer.Ordinal)
    {
        ["week"] = 604_800_000, ["day"] = 86_400_000, ["hour"] = 3_600_000, ["minute"] = 60_000, ["second"] = 1_000, ["millisecond"] = 1,
    };

    private readonly string op;
    private readonly Expression input;
    private readonly Expression? second;
    private readonly long? unit;
    private readonly decimal decimalAlpha;
    private readonly double alpha;

    private WindowCalculus(string op, Expression input, Expression? second, long? unit, decimal alpha)
    {
        this.op = op;
        this.input = input;
        this.second = second;
        this.unit = unit;
        decimalAlpha = alpha;
        this.alpha = (double)alpha;
    }

    /// <summary>True for the functions that read the sortBy axis (and so need a single sortBy field).</summary>
    public bool NeedsSingleSortKey => op is "$derivative" or "$integral" or "$linearFill";

    /// <summary>True for the functions that need the partition sorted whatever their window.</summary>
    public bool NeedsSort => op is not ("$covariancePop" or "$covarianceSamp");

    public static WindowCalculus Parse(string op, BsonValue argument, bool hasWindow)
    {
        switch (op)
        {
            case "$linearFill":
                if (hasWindow)
                {
                    throw Errors.FailedToParse("$linearFill does not accept a window");
                }

                return new WindowCalculus(op, Expression.Parse(argument), null, null, 0);
            case "$covariancePop":
            case "$covarianceSamp":
                if (argument is not BsonArray { Count: 2 } pair)
                {
                    throw Errors.Location(40517, $"{op} requires an array of two expressions");
                }

                return new WindowCalculus(op, Expression.Parse(pair[0]), Expression.Parse(pair[1]), null, 0);
            case "$expMovingAvg":
                return ParseMovingAverage(argument, hasWindow);
            default:
                return ParseCalculus(op, argument, hasWindow);
        }
    }

    private static WindowCalculus ParseCalculus(string op, BsonValue argument, bool hasWindow)
    {
        var spec = argument as BsonDocument ?? throw Errors.FailedToParse($"{op} expects an object, but got a {CommandArgs.TypeName(argument)}: {argument}");
        Expression? input = null;
        long? unit = null;
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "input":
                    input = Expression.Parse(element.Value);
                    break;
                case "unit":
                    unit = element.Value is BsonString name && UnitMilliseconds.TryGetValue(name.Value, out var ms)
                        ? ms
                        : throw Errors.FailedToParse($"{op} 'unit' must be one of week, day, hour, minute, second or millisecond: {element.Value}");
                    break;
                default:
                    throw Errors.FailedToParse($"{op} got unexpected argument: {element.Name}");
            }
        }

        if (input is null)
        {
            throw Errors.FailedToParse($"{op} requires an 'input' expression");
        }

        if (op == "$derivative" && !hasWindow)
        {
            throw Errors.FailedToParse("$derivative requires explicit window bounds");
        }

        return new WindowCalculus(op, input, null, unit, 0);
    }

    private static WindowCalculus ParseMovingAverage(BsonValue argument, bool hasWindow)
    {
        if (hasWindow)
        {
            throw Errors.FailedToParse("$expMovingAvg does not accept a window");
        }

        var spec = argument as BsonDocument ?? throw Errors.FailedToParse("$expMovingAvg must have exactly one argument that is an object");
        Expression? input = null;
        decimal? alpha = null;
        var sawN = false;
        foreach (var element in spec)
        {
            switch (element.Name)
            {
                case "input":
                    input = Expression.Parse(element.Value);
                    break;
                case "N":
                    sawN = true;
                    var n = element.Value;
                    if (!BsonOrder.IsNumber(n) || Numeric.ToDouble(n) != Math.Floor(Numeric.ToDouble(n)) || Numeric.ToDouble(n) <= 0)
                    {
                        throw Errors.FailedToParse("'N' field must be an integer greater than zero, but found " + n);
                    }

                    alpha = 2m / ((decimal)Numeric.ToDouble(n) + 1);
                    break;
                case "alpha":
                    var a = element.Value;
                    if (!BsonOrder.IsNumber(a) || Numeric.ToDouble(a) <= 0 || Numeric.ToDouble(a) >= 1)
                    {
                        throw Errors.FailedToParse("'alpha' must be between 0 and 1 (exclusive), found " + a);
                    }

                    alpha = a is BsonDecimal128 exact ? (decimal)exact.Value : (decimal)Numeric.ToDouble(a);
                    break;
                default:
                    throw Errors.FailedToParse($"Got unrecognized field in $expMovingAvg, $expMovingAvg sub object must have exactly two fields: An 'input' field, and either an 'N' field or an 'alpha' field");
            }
        }

        if (input is null || alpha is null || sawN && spec.Contains("alpha"))
        {
            throw Errors.FailedToParse("$expMovingAvg sub object must have exactly two fields: An 'input' field, and either an 'N' field or an 'alpha' field");
        }

        return new WindowCalculus("$expMovingAvg", input, null, null, alpha.Value);
    }

    /// <summary>The function's value at every position of one sorted partition; <paramref name="window"/> gives each position's [from, to].</summary>
    public BsonValue?[] Compute(List<BsonDocument> partition, SortSpec? sort, Func<int, (int From, int To)> window, EvaluationContext evaluation)
    {
        var values = partition.ConvertAll(d => Evaluate(input, d, evaluation));
        return op switch
        {
            "$expMovingAvg" => MovingAverage(values),
            "$linearFill" => LinearFill(values, Axis(partition, sort!)),
            "$covariancePop" or "$covarianceSamp" => Covariance(values, partition.ConvertAll(d => Evaluate(second!, d, evaluation)), window),
            _ => Calculus(values, Axis(partition, sort!), window),
        };
    }

    private BsonValue?[] Calculus(List<BsonValue> values, double[] axis, Func<int, (int From, int To)> window)
    {
        var result = new BsonValue?[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var (from, to) = window(i);
            if (from > to)
            {
                result[i] = BsonNull.Value;
                continue;
            }

            if (op == "$derivative")
            {
                result[i] = to == from || axis[to] == axis[from]
                    ? BsonNull.Value
                    : (Number(values[to]) - Number(values[from])) / (axis[to] - axis[from]) * (unit ?? 1);
                continue;
            }

            // Like mongod: trapezoids summed over the sortBy axis (milliseconds for dates), converted to
            // 'unit' once at the end, and the slope divided by milliseconds before scaling to 'unit'.
            var area = 0.0;
            for (var k = from + 1; k <= to; k++)
            {
                area += (Number(values[k - 1]) + Number(values[k])) * (axis[k] - axis[k - 1]) / 2;
            }

            result[i] = area / (unit ?? 1);
        }

        return result;
    }

    // mongod keeps the running average in Decimal128 (doubles enter rounded to 15 digits, as C#'s decimal
    // cast rounds them) and answers a double unless an input was a decimal: 12.866666666666667 where
    // double arithmetic gives 12.866666666666665. Values beyond decimal's range fall back to doubles.
    private BsonValue?[] MovingAverage(List<BsonValue> values)
    {
        var result = new BsonValue?[values.Count];
        decimal? exact = null;
        double? approximate = null;
        var isDecimal = false;
        var inRange = true;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (BsonOrder.IsNumber(value))
            {
                isDecimal |= value is BsonDecimal128;
                var x = Numeric.ToDouble(value);
                var d = TryDecimal(value);
                inRange &= d is not null;
                exact = !inRange ? null
                    : exact is { } running ? d!.Value * decimalAlpha + running * (1 - decimalAlpha) : d;
                approximate = approximate is { } previous ? x * alpha + previous * (1 - alpha) : x;
            }

            result[i] = approximate is null ? BsonNull.Value
                : exact is { } e ? (isDecimal ? new BsonDecimal128(new Decimal128(e)) : new BsonDouble(ToDouble(e)))
                : isDecimal ? new BsonDecimal128(Numeric.DoubleToDecimal128(approximate.Value)) : new BsonDouble(approximate.Value);
        }

        return result;
    }

    // Through the text: C#'s (double)decimal cast is not always the nearest double.
    private static double ToDouble(decimal value) => double.Parse(value.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    private static decimal? TryDecimal(BsonValue value)
    {
        if (value is BsonDecimal128 d)
        {
            return Numeric.TryToDecimal(d.Value, out var exact) ? exact : null;
        }

        var x = Numeric.ToDouble(value);
        return double.IsFinite(x) && Math.Abs(x) < 1e27 ? (decimal)x : null;
    }

    private static BsonValue?[] LinearFill(List<BsonValue> values, double[] axis)
    {
        var filled = LinearInterpolation.Gaps(values, i => axis[i]);
        for (var i = 0; i < values.Count; i++)
        {
            if (!values[i].IsBsonNull)
            {
                filled[i] = values[i];
            }
        }

        return filled;
    }

    // mongod's online covariance (https://en.wikipedia.org/wiki/Algorithms_for_calculating_variance#Online):
    // each pair moves the means and adds (x - previous mean x) * (y - new mean y), so the last digits match
    // its answers (-5.666666666666671, not the two-pass -5.666666666666667). Each window is replayed in order.
    private BsonValue?[] Covariance(List<BsonValue> xs, List<BsonValue> ys, Func<int, (int From, int To)> window)
    {
        var result = new BsonValue?[xs.Count];
        var sample = op == "$covarianceSamp";
        for (var i = 0; i < xs.Count; i++)
        {
            var (from, to) = window(i);
            var count = 0;
            double sumX = 0, sumY = 0, comoment = 0, compensation = 0;
            for (var k = from; k <= to; k++)
            {
                if (!BsonOrder.IsNumber(xs[k]) || !BsonOrder.IsNumber(ys[k]))
                {
                    continue;
                }

                var x = Numeric.ToDouble(xs[k]);
                var y = Numeric.ToDouble(ys[k]);
                var deltaX = count == 0 ? 0 : x - (sumX / count);
                count++;
                sumX += x;
                sumY += y;
                var term = count == 1 ? 0 : deltaX * (y - (sumY / count));
                var total = comoment + term;
                compensation += Math.Abs(comoment) >= Math.Abs(term) ? comoment - total + term : term - total + comoment;
                comoment = total;
            }

            var divisor = sample ? count - 1 : count;
            result[i] = count == 1 && !sample ? 0.0
                : divisor <= 0 ? BsonNull.Value
                : (comoment + compensation) / divisor;
        }

        return result;
    }

    private double[] Axis(List<BsonDocument> partition, SortSpec sort)
    {
        var axis = new double[partition.Count];
        for (var i = 0; i < partition.Count; i++)
        {
            var value = sort.KeyOf(partition[i])[0];
            axis[i] = value switch
            {
                BsonDateTime date when unit is not null || op == "$linearFill" => date.MillisecondsSinceEpoch,
                BsonDateTime when op != "$linearFill" => throw Errors.Location(5624901, $"{op} (with no 'unit') expects the sortBy field to be numeric, but it was Date"),
                _ when BsonOrder.IsNumber(value) && unit is null => Numeric.ToDouble(value),
                _ when op == "$linearFill" => throw Errors.Location(6050103, $"The sortBy field for $linearFill must be numeric or a date, found {CommandArgs.TypeName(value)}"),
                _ => throw Errors.Location(5624900, $"{op} with unit expects the sortBy field to be a Date, but it was {CommandArgs.TypeName(value)}"),
            };
        }

        return axis;
    }

    private double Number(BsonValue value) => BsonOrder.IsNumber(value)
        ? Numeric.ToDouble(value)
        : throw Errors.Location(5423901, $"{op} expects the input to evaluate to a number, but got {CommandArgs.TypeName(value)}");

    private static BsonValue Evaluate(Expression expression, BsonDocument document, EvaluationContext evaluation)
    {
        evaluation.Root = document;
        evaluation.Current = document;
        return expression.Evaluate(evaluation) ?? BsonNull.Value;
    }
}
