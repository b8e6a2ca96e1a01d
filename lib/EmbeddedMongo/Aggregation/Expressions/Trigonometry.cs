using System.Globalization;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// Trigonometry expression operators ($sin ... $atanh, $atan2, $degreesToRadians,
/// $radiansToDegrees): null or missing gives null; numbers give a double, a decimal input gives a
/// decimal; inputs outside an operator's domain are error 50989 as on the server.
/// </summary>
internal static class Trigonometry
{
    private static readonly Decimal128 DecimalPi = Decimal128.Parse("3.141592653589793238462643383279503");
    private static readonly Decimal128 Decimal180 = new(180);

    public static readonly OperatorTable Table = new(
        ("$acos", Op.Unary(v => Apply("$acos", v, Math.Acos, -1, 1, true))),
        ("$acosh", Op.Unary(v => Apply("$acosh", v, Math.Acosh, 1, double.PositiveInfinity, true))),
        ("$asin", Op.Unary(v => Apply("$asin", v, Math.Asin, -1, 1, true))),
        ("$asinh", Op.Unary(v => Apply("$asinh", v, Math.Asinh, double.NegativeInfinity, double.PositiveInfinity, true))),
        ("$atan", Op.Unary(v => Apply("$atan", v, Math.Atan, double.NegativeInfinity, double.PositiveInfinity, true))),
        ("$atan2", Op.Binary(Atan2)),
        ("$atanh", Op.Unary(v => Apply("$atanh", v, Math.Atanh, -1, 1, true))),
        ("$cos", Op.Unary(v => Apply("$cos", v, Math.Cos, double.NegativeInfinity, double.PositiveInfinity, false))),
        ("$cosh", Op.Unary(v => Apply("$cosh", v, Math.Cosh, double.NegativeInfinity, double.PositiveInfinity, true))),
        ("$degreesToRadians", Op.Unary(v => Convert("$degreesToRadians", v, toRadians: true))),
        ("$radiansToDegrees", Op.Unary(v => Convert("$radiansToDegrees", v, toRadians: false))),
        ("$sin", Op.Unary(v => Apply("$sin", v, Math.Sin, double.NegativeInfinity, double.PositiveInfinity, false))),
        ("$sinh", Op.Unary(v => Apply("$sinh", v, Math.Sinh, double.NegativeInfinity, double.PositiveInfinity, true))),
        ("$tan", Op.Unary(v => Apply("$tan", v, Math.Tan, double.NegativeInfinity, double.PositiveInfinity, false))),
        ("$tanh", Op.Unary(v => Apply("$tanh", v, Math.Tanh, double.NegativeInfinity, double.PositiveInfinity, true))));

    /// <param name="closed">Whether the bounds themselves are allowed ([-1,1]) or not ((-inf,inf)).</param>
    private static BsonValue Apply(string name, BsonValue? value, Func<double, double> f, double low, double high, bool closed)
    {
        var x = Operand(name, value);
        if (x is null)
        {
            return BsonNull.Value;
        }

        var d = x.Value;
        var inside = double.IsNaN(d) || (closed ? d >= low && d <= high : d > low && d < high);
        if (!inside)
        {
            var open = closed ? "[" : "(";
            var close = closed ? "]" : ")";
            throw Errors.Location(50989, $"cannot apply {name} to {Format(d)}, value must in {open}{Format(low)},{Format(high)}{close}");
        }

        var result = f(d);
        return value!.BsonType == BsonType.Decimal128 ? Arithmetic.DecimalFromDouble(result) : new BsonDouble(result);
    }

    private static BsonValue Atan2(BsonValue? y, BsonValue? x)
    {
        if (Values.IsNullish(y) || Values.IsNullish(x))
        {
            return BsonNull.Value;
        }

        if (!Values.IsNumber(y) || !Values.IsNumber(x))
        {
            throw Errors.Location(51044, $"$atan2 only supports numeric types, not {Values.TypeName(y)} and {Values.TypeName(x)}");
        }

        var result = Math.Atan2(Numeric.ToDouble(y!), Numeric.ToDouble(x!));
        return y!.BsonType == BsonType.Decimal128 || x!.BsonType == BsonType.Decimal128 ? Arithmetic.DecimalFromDouble(result) : new BsonDouble(result);
    }

    private static BsonValue Convert(string name, BsonValue? value, bool toRadians)
    {
        var x = Operand(name, value);
        if (x is null)
        {
            return BsonNull.Value;
        }

        if (value!.BsonType == BsonType.Decimal128)
        {
            var d = value.AsDecimal128;
            return new BsonDecimal128(toRadians
                ? DecimalMath.Multiply(d, DecimalMath.Divide(DecimalPi, Decimal180))
                : DecimalMath.Multiply(d, DecimalMath.Divide(Decimal180, DecimalPi)));
        }

        return new BsonDouble(toRadians ? x.Value * (Math.PI / 180) : x.Value * (180 / Math.PI));
    }

    private static double? Operand(string name, BsonValue? value)
    {
        if (Values.IsNullish(value))
        {
            return null;
        }

        return Values.IsNumber(value)
            ? Numeric.ToDouble(value!)
            : throw Errors.Location(28765, $"{name} only supports numeric types, not {Values.TypeName(value)}");
    }

    private static string Format(double d) => double.IsPositiveInfinity(d) ? "inf" : double.IsNegativeInfinity(d) ? "-inf" : d.ToString(CultureInfo.InvariantCulture);
}
