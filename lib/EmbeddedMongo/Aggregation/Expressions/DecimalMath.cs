using System.Numerics;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>Rounding directions of IEEE 754-2008 decimal arithmetic, as the server's Decimal128 uses them.</summary>
internal enum DecimalRounding
{
    HalfEven,
    TowardZero,
    TowardPositive,
    TowardNegative,
}

/// <summary>
/// Exact decimal128 arithmetic (34 significant digits, round half to even, IEEE preferred exponents), so
/// that money in Decimal128 never passes through binary floating point. Transcendental functions go
/// through double, which the manual does not promise to be exact either.
/// </summary>
internal static class DecimalMath
{
    private const int MaxDigits = 34;
    private const int MaxExponent = 6111;
    private const int MinExponent = -6176;
    private static readonly BigInteger MaxCoefficient = BigInteger.Pow(10, MaxDigits);
    private static readonly UInt128 MaxCoefficient128 = UInt128.Parse("10000000000000000000000000000000000", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly ulong[] PowersOfTen = Enumerable.Range(0, 20).Select(i => (ulong)Math.Pow(10, i)).ToArray();

    private readonly record struct Parts(bool Negative, BigInteger Coefficient, int Exponent);

    public static bool IsZero(Decimal128 d) => !Decimal128.IsNaN(d) && !Decimal128.IsInfinity(d) && Decimal128.GetSignificandHighBits(d) == 0 && Decimal128.GetSignificandLowBits(d) == 0;

    public static bool IsSpecial(Decimal128 d) => Decimal128.IsNaN(d) || Decimal128.IsInfinity(d);

    public static Decimal128 Add(Decimal128 a, Decimal128 b)
    {
        if (TryAddSmall(a, b, out var fast))
        {
            return fast;
        }

        if (IsSpecial(a) || IsSpecial(b))
        {
            return Numeric.DoubleToDecimal128(Decimal128.ToDouble(a) + Decimal128.ToDouble(b));
        }

        var x = Split(a);
        var y = Split(b);
        var exponent = Math.Min(x.Exponent, y.Exponent);
        var sum = Signed(x) * BigInteger.Pow(10, x.Exponent - exponent) + Signed(y) * BigInteger.Pow(10, y.Exponent - exponent);
        return Make(sum.Sign < 0, BigInteger.Abs(sum), exponent, false);
    }

    /// <summary>Exact sums of 64-bit coefficients whose exponents differ by at most 19 digits, in 128-bit integers.</summary>
    private static bool TryAddSmall(Decimal128 a, Decimal128 b, out Decimal128 result)
    {
        result = default;
        if (IsSpecial(a) || IsSpecial(b) || Decimal128.GetSignificandHighBits(a) != 0 || Decimal128.GetSignificandHighBits(b) != 0)
        {
            return false;
        }

        var ea = Decimal128.GetExponent(a);
        var eb = Decimal128.GetExponent(b);
        var shift = Math.Abs(ea - eb);
        if (shift > 19)
        {
            return false;
        }

        UInt128 ca = Decimal128.GetSignificandLowBits(a);
        UInt128 cb = Decimal128.GetSignificandLowBits(b);
        if (ea > eb)
        {
            ca *= PowersOfTen[shift];
        }
        else
        {
            cb *= PowersOfTen[shift];
        }

        var exponent = Math.Min(ea, eb);
        var na = Decimal128.IsNegative(a);
        var nb = Decimal128.IsNegative(b);
        UInt128 sum;
        bool negative;
        if (na == nb)
        {
            sum = ca + cb;
            negative = na;
        }
        else if (ca >= cb)
        {
            sum = ca - cb;
            negative = na && sum != 0;
        }
        else
        {
            sum = cb - ca;
            negative = nb;
        }

        if (sum >= MaxCoefficient128)
        {
            return false;
        }

        result = Decimal128.FromComponents(negative, (short)exponent, (ulong)(sum >> 64), (ulong)sum);
        return true;
    }

    public static Decimal128 Negate(Decimal128 a) => Decimal128.Negate(a);

    public static Decimal128 Subtract(Decimal128 a, Decimal128 b) => Add(a, Decimal128.Negate(b));

    public static Decimal128 Multiply(Decimal128 a, Decimal128 b)
    {
        if (!IsSpecial(a) && !IsSpecial(b) && Decimal128.GetSignificandHighBits(a) == 0 && Decimal128.GetSignificandHighBits(b) == 0)
        {
            // Fast path for everyday amounts: 64-bit coefficients multiply exactly in 128 bits.
            var product = (UInt128)Decimal128.GetSignificandLowBits(a) * Decimal128.GetSignificandLowBits(b);
            var exponent = Decimal128.GetExponent(a) + Decimal128.GetExponent(b);
            if (product < MaxCoefficient128 && exponent is >= MinExponent and <= MaxExponent)
            {
                return Decimal128.FromComponents(Decimal128.IsNegative(a) != Decimal128.IsNegative(b), (short)exponent, (ulong)(product >> 64), (ulong)product);
            }
        }

        if (IsSpecial(a) || IsSpecial(b))
        {
            return Numeric.DoubleToDecimal128(Decimal128.ToDouble(a) * Decimal128.ToDouble(b));
        }

        var x = Split(a);
        var y = Split(b);
        return Make(x.Negative != y.Negative, x.Coefficient * y.Coefficient, x.Exponent + y.Exponent, false);
    }

    /// <summary>a / b; the caller rejects a zero divisor.</summary>
    public static Decimal128 Divide(Decimal128 a, Decimal128 b)
    {
        if (IsSpecial(a) || IsSpecial(b))
        {
            return Numeric.DoubleToDecimal128(Decimal128.ToDouble(a) / Decimal128.ToDouble(b));
        }

        var x = Split(a);
        var y = Split(b);
        var negative = x.Negative != y.Negative;
        var preferred = x.Exponent - y.Exponent;
        if (x.Coefficient.IsZero)
        {
            return Make(negative, BigInteger.Zero, preferred, false);
        }

        var shift = Math.Max(0, MaxDigits + 2 + Digits(y.Coefficient) - Digits(x.Coefficient));
        var quotient = BigInteger.DivRem(x.Coefficient * BigInteger.Pow(10, shift), y.Coefficient, out var remainder);
        var exponent = preferred - shift;
        if (remainder.IsZero)
        {
            while (exponent < preferred && (quotient % 10).IsZero)
            {
                quotient /= 10;
                exponent++;
            }
        }

        return Make(negative, quotient, exponent, !remainder.IsZero);
    }

    /// <summary>The remainder of truncated division, with the sign of the dividend (fmod).</summary>
    public static Decimal128 Modulo(Decimal128 a, Decimal128 b)
    {
        if (IsSpecial(a) || IsSpecial(b))
        {
            return Numeric.DoubleToDecimal128(Math.IEEERemainder(Decimal128.ToDouble(a), Decimal128.ToDouble(b)));
        }

        var x = Split(a);
        var y = Split(b);
        var exponent = Math.Min(x.Exponent, y.Exponent);
        var left = x.Coefficient * BigInteger.Pow(10, x.Exponent - exponent);
        var right = y.Coefficient * BigInteger.Pow(10, y.Exponent - exponent);
        return Make(x.Negative, left % right, exponent, false);
    }

    /// <summary>Rounds to the given exponent (quantize): 10^exponent is the unit of the last digit kept.</summary>
    public static Decimal128 Quantize(Decimal128 a, int exponent, DecimalRounding rounding)
    {
        if (IsSpecial(a))
        {
            return a;
        }

        var x = Split(a);
        if (x.Exponent >= exponent)
        {
            var scaled = x.Coefficient * BigInteger.Pow(10, x.Exponent - exponent);
            return scaled >= MaxCoefficient ? Decimal128.QNaN : Encode(x.Negative, scaled, exponent);
        }

        var divisor = BigInteger.Pow(10, exponent - x.Exponent);
        var quotient = BigInteger.DivRem(x.Coefficient, divisor, out var remainder);
        quotient = RoundQuotient(quotient, remainder, divisor, x.Negative, rounding);
        return Encode(x.Negative, quotient, exponent);
    }

    public static Decimal128 Abs(Decimal128 a) => Decimal128.IsNegative(a) ? Decimal128.Negate(a) : a;

    /// <summary>Integral value (round half to even), or false when it does not fit a long.</summary>
    public static bool TryToLong(Decimal128 a, out long result)
    {
        result = 0;
        if (IsSpecial(a))
        {
            return false;
        }

        var parts = Split(a);
        var rounded = parts.Exponent >= 0 ? parts : Split(Quantize(a, 0, DecimalRounding.HalfEven));
        if (rounded.Exponent > 40)
        {
            return rounded.Coefficient.IsZero;
        }

        var value = rounded.Coefficient * BigInteger.Pow(10, Math.Max(0, rounded.Exponent));
        if (rounded.Negative)
        {
            value = -value;
        }

        if (value < long.MinValue || value > long.MaxValue)
        {
            return false;
        }

        result = (long)value;
        return true;
    }

    /// <summary>A double as decimal with 34 significant digits (the server's kRoundTo34Digits).</summary>
    public static Decimal128 FromDouble34(double d)
    {
        if (!double.IsFinite(d))
        {
            return Numeric.DoubleToDecimal128(d);
        }

        return Decimal128.Parse(d.ToString("E33", System.Globalization.CultureInfo.InvariantCulture));
    }

    public static int Sign(Decimal128 d) => IsZero(d) ? 0 : Decimal128.IsNegative(d) ? -1 : 1;

    private static Parts Split(Decimal128 d)
    {
        var high = Decimal128.GetSignificandHighBits(d);
        var low = Decimal128.GetSignificandLowBits(d);
        var coefficient = (new BigInteger(high) << 64) | new BigInteger(low);
        return new Parts(Decimal128.IsNegative(d), coefficient, Decimal128.GetExponent(d));
    }

    private static BigInteger Signed(Parts p) => p.Negative ? -p.Coefficient : p.Coefficient;

    private static int Digits(BigInteger n)
    {
        if (n.IsZero)
        {
            return 1;
        }

        var d = Math.Max(1, (int)(n.GetBitLength() * 0.30102999566398119521));
        while (BigInteger.Pow(10, d) <= n)
        {
            d++;
        }

        while (d > 1 && BigInteger.Pow(10, d - 1) > n)
        {
            d--;
        }

        return d;
    }

    /// <summary>Rounds a coefficient to 34 digits (half to even; <paramref name="sticky"/> says digits were already lost below it).</summary>
    private static Decimal128 Make(bool negative, BigInteger coefficient, int exponent, bool sticky)
    {
        var digits = Digits(coefficient);
        var drop = Math.Max(digits - MaxDigits, MinExponent - exponent);
        if (drop > 0)
        {
            var divisor = BigInteger.Pow(10, drop);
            var quotient = BigInteger.DivRem(coefficient, divisor, out var remainder);
            if (sticky && remainder.IsZero)
            {
                remainder = BigInteger.One;
            }

            quotient = RoundQuotient(quotient, remainder, divisor, negative, DecimalRounding.HalfEven, sticky);
            exponent += drop;
            coefficient = quotient;
            if (coefficient >= MaxCoefficient)
            {
                coefficient /= 10;
                exponent++;
            }
        }

        while (exponent > MaxExponent)
        {
            if (coefficient.IsZero)
            {
                exponent = MaxExponent;
                break;
            }

            if (coefficient * 10 >= MaxCoefficient)
            {
                return negative ? Decimal128.NegativeInfinity : Decimal128.PositiveInfinity;
            }

            coefficient *= 10;
            exponent--;
        }

        return Encode(negative, coefficient, exponent);
    }

    private static BigInteger RoundQuotient(BigInteger quotient, BigInteger remainder, BigInteger divisor, bool negative, DecimalRounding rounding, bool sticky = false)
    {
        if (remainder.IsZero)
        {
            return quotient;
        }

        switch (rounding)
        {
            case DecimalRounding.TowardZero:
                return quotient;
            case DecimalRounding.TowardPositive:
                return negative ? quotient : quotient + 1;
            case DecimalRounding.TowardNegative:
                return negative ? quotient + 1 : quotient;
            default:
                var twice = remainder * 2;
                var c = twice.CompareTo(divisor);
                if (c == 0 && sticky)
                {
                    c = 1;
                }

                return c > 0 || (c == 0 && !quotient.IsEven) ? quotient + 1 : quotient;
        }
    }

    private static Decimal128 Encode(bool negative, BigInteger coefficient, int exponent)
    {
        var high = (ulong)(coefficient >> 64);
        var low = (ulong)(coefficient & ulong.MaxValue);
        return Decimal128.FromComponents(negative, (short)exponent, high, low);
    }
}
