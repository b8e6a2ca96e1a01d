using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// Arithmetic expression operators. Integer results stay as narrow as possible: int32 overflow becomes
/// int64, int64 overflow becomes double; any decimal operand makes the result decimal (exact).
/// </summary>
internal static class Arithmetic
{
    public static readonly OperatorTable Table = new(
        ("$abs", Op.Unary(Abs)),
        ("$add", Op.NaryPure(Add)),
        ("$ceil", Op.Unary(v => SingleNumeric("$ceil", v, Ceil))),
        ("$divide", Op.Binary(Divide)),
        ("$exp", Op.Unary(v => SingleNumeric("$exp", v, x => Transcendental(x, Math.Exp)))),
        ("$floor", Op.Unary(v => SingleNumeric("$floor", v, Floor))),
        ("$ln", Op.Unary(v => SingleNumeric("$ln", v, x => Logarithm(x, Math.Log, 28766, "$ln")))),
        ("$log", Op.Binary(Log)),
        ("$log10", Op.Unary(v => SingleNumeric("$log10", v, x => Logarithm(x, Math.Log10, 28761, "$log10")))),
        ("$mod", Op.Binary(Mod)),
        ("$multiply", MultiplyExpression.Parse),
        ("$pow", Op.Binary(Power.Pow)),
        ("$rand", ParseRand),
        ("$round", Op.Nary(1, 2, a => Rounding.RoundOrTrunc("$round", a, DecimalRounding.HalfEven))),
        ("$sqrt", Op.Unary(v => SingleNumeric("$sqrt", v, Sqrt))),
        ("$subtract", Op.Binary(Subtract)),
        ("$trunc", Op.Nary(1, 2, a => Rounding.RoundOrTrunc("$trunc", a, DecimalRounding.TowardZero))));

    /// <summary>$rand: {} gives a double in [0, 1).</summary>
    private static Expression ParseRand(string name, BsonValue argument)
    {
        switch (argument)
        {
            case BsonDocument { ElementCount: 0 }:
            case BsonArray { Count: 0 }:
                return new FuncExpression(static _ => new BsonDouble(Random.Shared.NextDouble()));
            case BsonDocument or BsonArray:
                throw Errors.Location(3040501, "$rand does not currently accept arguments");
            default:
                throw Errors.Location(10065, "invalid parameter: expected an object ($rand)");
        }
    }

    /// <summary>0 int, 1 long, 2 double, 3 decimal.</summary>
    internal static int Kind(BsonValue v) => v.BsonType switch
    {
        BsonType.Int32 => 0,
        BsonType.Int64 => 1,
        BsonType.Double => 2,
        _ => 3,
    };

    internal static BsonValue Add(BsonValue?[] values)
    {
        var kind = 0;
        long longTotal = 0;
        double doubleTotal = 0;
        var decimalTotal = Decimal128.Zero;
        var isDate = false;
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                return BsonNull.Value;
            }

            if (v!.BsonType == BsonType.DateTime)
            {
                if (isDate)
                {
                    throw Errors.Location(16612, "only one date allowed in an $add expression");
                }

                isDate = true;
                var sofar = kind switch { 0 or 1 => longTotal, 2 => DateMillis(new BsonDouble(doubleTotal)), _ => DateMillis(new BsonDecimal128(decimalTotal)) };
                longTotal = Checked(sofar, v.AsBsonDateTime.MillisecondsSinceEpoch);
                continue;
            }

            if (!Values.IsNumber(v))
            {
                throw Errors.TypeMismatch($"$add only supports numeric or date types, not {Values.TypeName(v)}");
            }

            if (isDate)
            {
                longTotal = Checked(longTotal, DateMillis(v));
                continue;
            }

            var k = Math.Max(kind, Kind(v));
            if (k != kind)
            {
                if (k == 2 && kind < 2)
                {
                    doubleTotal = longTotal;
                }
                else if (k == 3)
                {
                    decimalTotal = kind == 2 ? Numeric.DoubleToDecimal128(doubleTotal) : new Decimal128(longTotal);
                }

                kind = k;
            }

            switch (kind)
            {
                case 0:
                case 1:
                    var add = v.ToInt64();
                    if (OverflowAdd(longTotal, add, out var sum))
                    {
                        kind = 2;
                        doubleTotal = (double)longTotal + add;
                    }
                    else
                    {
                        longTotal = sum;
                    }

                    break;
                case 2:
                    doubleTotal += Numeric.ToDouble(v);
                    break;
                default:
                    decimalTotal = DecimalMath.Add(decimalTotal, Numeric.ToDecimal128(v));
                    break;
            }
        }

        if (isDate)
        {
            return new BsonDateTime(longTotal);
        }

        return kind switch
        {
            0 => Values.IntOrLong(longTotal),
            1 => new BsonInt64(longTotal),
            2 => new BsonDouble(doubleTotal),
            _ => new BsonDecimal128(decimalTotal),
        };
    }

    private static long Checked(long a, long b) => OverflowAdd(a, b, out var r) ? throw Errors.Overflow("date overflow") : r;

    private static bool OverflowAdd(long a, long b, out long result)
    {
        result = unchecked(a + b);
        return ((a ^ result) & (b ^ result)) < 0;
    }

    /// <summary>A number added to or subtracted from a date, as milliseconds (doubles round half away from zero).</summary>
    internal static long DateMillis(BsonValue v)
    {
        switch (v.BsonType)
        {
            case BsonType.Int32:
            case BsonType.Int64:
                return v.ToInt64();
            case BsonType.Double:
                var d = v.AsDouble;
                if (!(d >= -9223372036854775808.0 && d < 9223372036854775807.0))
                {
                    throw Errors.Overflow("date overflow");
                }

                return (long)Math.Round(d, MidpointRounding.AwayFromZero);
            default:
                return DecimalMath.TryToLong(v.AsDecimal128, out var l) ? l : throw Errors.Overflow("date overflow");
        }
    }

    internal static BsonValue Multiply(BsonValue?[] values)
    {
        var kind = 0;
        long longProduct = 1;
        double doubleProduct = 1;
        var decimalProduct = Decimal128.One;
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                return BsonNull.Value;
            }

            if (!Values.IsNumber(v))
            {
                throw Errors.TypeMismatch($"$multiply only supports numeric types, not {Values.TypeName(v)}");
            }

            var old = kind;
            kind = Math.Max(kind, Kind(v!));
            if (kind == 3)
            {
                if (old != 3)
                {
                    decimalProduct = old == 2 ? Numeric.DoubleToDecimal128(doubleProduct) : new Decimal128(longProduct);
                }

                decimalProduct = DecimalMath.Multiply(decimalProduct, Numeric.ToDecimal128(v!));
                continue;
            }

            var d = Numeric.ToDouble(v!);
            doubleProduct *= d;
            if (kind != 2)
            {
                var factor = v!.ToInt64();
                var high = Math.BigMul(longProduct, factor, out var product);
                if (high != (product >> 63))
                {
                    kind = 2;
                }
                else
                {
                    longProduct = product;
                }
            }
        }

        return kind switch
        {
            0 => Values.IntOrLong(longProduct),
            1 => new BsonInt64(longProduct),
            2 => new BsonDouble(doubleProduct),
            _ => new BsonDecimal128(decimalProduct),
        };
    }

    private static BsonValue? Subtract(BsonValue? left, BsonValue? right)
    {
        if (Values.IsNumber(left) && Values.IsNumber(right))
        {
            switch (Math.Max(Kind(left!), Kind(right!)))
            {
                case 3:
                    return new BsonDecimal128(DecimalMath.Subtract(Numeric.ToDecimal128(left!), Numeric.ToDecimal128(right!)));
                case 2:
                    return new BsonDouble(Numeric.ToDouble(left!) - Numeric.ToDouble(right!));
                case 1:
                    var a = left!.ToInt64();
                    var b = right!.ToInt64();
                    var r = unchecked(a - b);
                    return ((a ^ b) & (a ^ r)) < 0 ? new BsonDouble((double)a - b) : new BsonInt64(r);
                default:
                    return Values.IntOrLong((long)left!.AsInt32 - right!.AsInt32);
            }
        }

        if (Values.IsNullish(left) || Values.IsNullish(right))
        {
            return BsonNull.Value;
        }

        if (left!.BsonType == BsonType.DateTime)
        {
            var ms = left.AsBsonDateTime.MillisecondsSinceEpoch;
            if (right!.BsonType == BsonType.DateTime)
            {
                return new BsonInt64(ms - right.AsBsonDateTime.MillisecondsSinceEpoch);
            }

            if (Values.IsNumber(right))
            {
                var delta = DateMillis(right);
                var r = unchecked(ms - delta);
                return ((ms ^ delta) & (ms ^ r)) < 0 ? throw Errors.Overflow("date overflow") : new BsonDateTime(r);
            }

            throw Errors.TypeMismatch($"can't $subtract {Values.TypeName(right)} from Date");
        }

        throw Errors.TypeMismatch($"can't $subtract {Values.TypeName(right)} from {Values.TypeName(left)}");
    }

    private static BsonValue? Divide(BsonValue? left, BsonValue? right)
    {
        if (Values.IsNumber(left) && Values.IsNumber(right))
        {
            if (left!.BsonType == BsonType.Decimal128 || right!.BsonType == BsonType.Decimal128)
            {
                var denominator = Numeric.ToDecimal128(right!);
                if (DecimalMath.IsZero(denominator))
                {
                    throw Errors.BadValue("can't $divide by zero");
                }

                return new BsonDecimal128(DecimalMath.Divide(Numeric.ToDecimal128(left), denominator));
            }

            var d = Numeric.ToDouble(right);
            return d == 0 ? throw Errors.BadValue("can't $divide by zero") : new BsonDouble(Numeric.ToDouble(left) / d);
        }

        if (Values.IsNullish(left) || Values.IsNullish(right))
        {
            return BsonNull.Value;
        }

        throw Errors.TypeMismatch($"$divide only supports numeric types, not {Values.TypeName(left)} and {Values.TypeName(right)}");
    }

    private static BsonValue? Mod(BsonValue? left, BsonValue? right)
    {
        if (Values.IsNumber(left) && Values.IsNumber(right))
        {
            var kind = Math.Max(Kind(left!), Kind(right!));
            if (kind == 3)
            {
                var divisor = Numeric.ToDecimal128(right!);
                if (DecimalMath.IsZero(divisor))
                {
                    throw Errors.Location(5733415, "can't $mod by zero");
                }

                return new BsonDecimal128(DecimalMath.Modulo(Numeric.ToDecimal128(left!), divisor));
            }

            var d = Numeric.ToDouble(right!);
            if (d == 0)
            {
                throw Errors.Location(16610, "can't $mod by zero");
            }

            return kind switch
            {
                2 => new BsonDouble(Numeric.ToDouble(left!) % d),
                1 => new BsonInt64(right!.ToInt64() == -1 ? 0 : left!.ToInt64() % right.ToInt64()),
                _ => new BsonInt32(right!.AsInt32 == -1 ? 0 : left!.AsInt32 % right.AsInt32),
            };
        }

        if (Values.IsNullish(left) || Values.IsNullish(right))
        {
            return BsonNull.Value;
        }

        throw Errors.Location(16611, $"$mod only supports numeric types, not {Values.TypeName(left)} and {Values.TypeName(right)}");
    }

    private static BsonValue? Abs(BsonValue? v) => SingleNumeric("$abs", v, x => x.BsonType switch
    {
        BsonType.Double => new BsonDouble(Math.Abs(x.AsDouble)),
        BsonType.Decimal128 => new BsonDecimal128(DecimalMath.Abs(x.AsDecimal128)),
        BsonType.Int64 => x.AsInt64 == long.MinValue ? throw Errors.Location(28680, "can't take $abs of long long min") : new BsonInt64(Math.Abs(x.AsInt64)),
        _ => Values.IntOrLong(Math.Abs((long)x.AsInt32)),
    });

    private static BsonValue Ceil(BsonValue x) => x.BsonType switch
    {
        BsonType.Double => new BsonDouble(Math.Ceiling(x.AsDouble)),
        BsonType.Decimal128 => new BsonDecimal128(DecimalMath.Quantize(x.AsDecimal128, 0, DecimalRounding.TowardPositive)),
        _ => x,
    };

    private static BsonValue Floor(BsonValue x) => x.BsonType switch
    {
        BsonType.Double => new BsonDouble(Math.Floor(x.AsDouble)),
        BsonType.Decimal128 => new BsonDecimal128(DecimalMath.Quantize(x.AsDecimal128, 0, DecimalRounding.TowardNegative)),
        _ => x,
    };

    private static BsonValue Sqrt(BsonValue x)
    {
        var d = Numeric.ToDouble(x);
        if (d < 0)
        {
            throw Errors.Location(28714, "$sqrt's argument must be greater than or equal to 0");
        }

        return Transcendental(x, Math.Sqrt);
    }

    private static BsonValue Logarithm(BsonValue x, Func<double, double> f, int code, string name)
    {
        var d = Numeric.ToDouble(x);
        if (!(d > 0 || double.IsNaN(d)))
        {
            throw Errors.Location(code, $"{name}'s argument must be a positive number, but is {Doubles.Format(d)}");
        }

        return Transcendental(x, f);
    }

    private static BsonValue? Log(BsonValue? arg, BsonValue? baseValue)
    {
        if (Values.IsNullish(arg) || Values.IsNullish(baseValue))
        {
            return BsonNull.Value;
        }

        if (!Values.IsNumber(arg))
        {
            throw Errors.Location(28756, $"$log's argument must be numeric, not {Values.TypeName(arg)}");
        }

        if (!Values.IsNumber(baseValue))
        {
            throw Errors.Location(28757, $"$log's base must be numeric, not {Values.TypeName(baseValue)}");
        }

        var a = Numeric.ToDouble(arg!);
        var b = Numeric.ToDouble(baseValue!);
        if (!(a > 0 || double.IsNaN(a)))
        {
            throw Errors.Location(28758, $"$log's argument must be a positive number, but is {Doubles.Format(a)}");
        }

        if (!((b > 0 && b != 1) || double.IsNaN(b)))
        {
            throw Errors.Location(28759, $"$log's base must be a positive number not equal to 1, but is {Doubles.Format(b)}");
        }

        var result = Math.Log(a) / Math.Log(b);
        return arg!.BsonType == BsonType.Decimal128 || baseValue!.BsonType == BsonType.Decimal128 ? DecimalFromDouble(result) : new BsonDouble(result);
    }

    internal static BsonValue? SingleNumeric(string name, BsonValue? v, Func<BsonValue, BsonValue> f)
    {
        if (Values.IsNullish(v))
        {
            return BsonNull.Value;
        }

        if (!Values.IsNumber(v))
        {
            throw Errors.Location(28765, $"{name} only supports numeric types, not {Values.TypeName(v)}");
        }

        return f(v!);
    }

    /// <summary>exp, ln, sqrt...: double in, double out; a decimal argument gives a decimal (computed through double).</summary>
    private static BsonValue Transcendental(BsonValue x, Func<double, double> f)
    {
        var result = f(Numeric.ToDouble(x));
        return x.BsonType == BsonType.Decimal128 ? DecimalFromDouble(result) : new BsonDouble(result);
    }

    /// <summary>The shortest decimal that reads back as the double (so sqrt(16) is 4, not 4.00000000000000).</summary>
    internal static BsonDecimal128 DecimalFromDouble(double d)
        => new(double.IsFinite(d) ? Decimal128.Parse(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)) : Numeric.DoubleToDecimal128(d));
}
