using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// MongoDB's comparison order for BSON values ("Comparison/Sort Order" in the manual):
/// MinKey &lt; Null &lt; Numbers &lt; Symbol, String &lt; Object &lt; Array &lt; BinData &lt; ObjectId
/// &lt; Boolean &lt; Date &lt; Timestamp &lt; Regular Expression &lt; MaxKey. Numbers of different types
/// compare by value; strings compare by their UTF-8 bytes (no collation).
/// </summary>
public sealed class BsonOrder : IComparer<BsonValue>, IEqualityComparer<BsonValue>
{
    public static readonly BsonOrder Instance = new();

    /// <summary>The canonical type rank the server uses (canonicalizeBSONType).</summary>
    public static int Rank(BsonValue? value) => value?.BsonType switch
    {
        null => 5,
        BsonType.MinKey => -1,
        BsonType.Undefined => 0,
        BsonType.Null => 5,
        BsonType.Double or BsonType.Int32 or BsonType.Int64 or BsonType.Decimal128 => 10,
        BsonType.String or BsonType.Symbol => 15,
        BsonType.Document => 20,
        BsonType.Array => 25,
        BsonType.Binary => 30,
        BsonType.ObjectId => 35,
        BsonType.Boolean => 40,
        BsonType.DateTime => 45,
        BsonType.Timestamp => 47,
        BsonType.RegularExpression => 50,
        BsonType.JavaScript => 60,
        BsonType.JavaScriptWithScope => 65,
        BsonType.MaxKey => 127,
        _ => 100,
    };

    public static bool IsNumber(BsonValue? value) => value is not null && value.BsonType is BsonType.Double or BsonType.Int32 or BsonType.Int64 or BsonType.Decimal128;

    public int Compare(BsonValue? x, BsonValue? y) => CompareValues(x, y);

    public static int CompareValues(BsonValue? x, BsonValue? y)
    {
        var rx = Rank(x);
        var ry = Rank(y);
        if (rx != ry)
        {
            return rx.CompareTo(ry);
        }

        if (x is null || y is null)
        {
            return 0;
        }

        switch (rx)
        {
            case 10:
                return CompareNumbers(x, y);
            case 15:
            {
                var a = x.BsonType == BsonType.Symbol ? ((BsonSymbol)x).Name : x.AsString;
                var b = y.BsonType == BsonType.Symbol ? ((BsonSymbol)y).Name : y.AsString;
                return Collation.Current is { } collation ? collation.Compare(a, b) : CompareStrings(a, b);
            }
            case 20:
                return CompareDocuments(x.AsBsonDocument, y.AsBsonDocument);
            case 25:
                return CompareArrays(x.AsBsonArray, y.AsBsonArray);
            case 30:
            {
                var bx = x.AsBsonBinaryData;
                var by = y.AsBsonBinaryData;
                var c = bx.Bytes.Length.CompareTo(by.Bytes.Length);
                if (c != 0)
                {
                    return c;
                }

                c = ((int)bx.SubType).CompareTo((int)by.SubType);
                return c != 0 ? c : bx.Bytes.AsSpan().SequenceCompareTo(by.Bytes);
            }

            case 35:
                return x.AsObjectId.CompareTo(y.AsObjectId);
            case 40:
                return x.AsBoolean.CompareTo(y.AsBoolean);
            case 45:
                return x.AsBsonDateTime.MillisecondsSinceEpoch.CompareTo(y.AsBsonDateTime.MillisecondsSinceEpoch);
            case 47:
                return ((ulong)x.AsBsonTimestamp.Value).CompareTo((ulong)y.AsBsonTimestamp.Value);
            case 50:
            {
                var c = CompareStrings(x.AsBsonRegularExpression.Pattern, y.AsBsonRegularExpression.Pattern);
                return c != 0 ? c : CompareStrings(x.AsBsonRegularExpression.Options, y.AsBsonRegularExpression.Options);
            }

            case 60:
                return CompareStrings(x.AsBsonJavaScript.Code, y.AsBsonJavaScript.Code);
            default:
                return 0;
        }
    }

    /// <summary>Byte-wise UTF-8 order, which is code point order.</summary>
    public static int CompareStrings(string a, string b)
    {
        // UTF-16 order is code point order except around surrogates: compare the first differing
        // characters directly unless either is a surrogate.
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length.CompareTo(b.Length);
        }

        if (!char.IsSurrogate(a[common]) && !char.IsSurrogate(b[common]))
        {
            return a[common].CompareTo(b[common]);
        }

        return CompareCodePoints(a, b);
    }

    private static int CompareCodePoints(string a, string b)
    {
        var i = 0;
        var j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ca = NextCodePoint(a, ref i);
            var cb = NextCodePoint(b, ref j);
            if (ca != cb)
            {
                return ca.CompareTo(cb);
            }
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    public static int CompareDocuments(BsonDocument a, BsonDocument b)
    {
        var n = Math.Min(a.ElementCount, b.ElementCount);
        for (var i = 0; i < n; i++)
        {
            var ea = a.GetElement(i);
            var eb = b.GetElement(i);
            var c = Rank(ea.Value).CompareTo(Rank(eb.Value));
            if (c != 0)
            {
                return c;
            }

            c = CompareStrings(ea.Name, eb.Name);
            if (c != 0)
            {
                return c;
            }

            c = CompareValues(ea.Value, eb.Value);
            if (c != 0)
            {
                return c;
            }
        }

        return a.ElementCount.CompareTo(b.ElementCount);
    }

    public static int CompareArrays(BsonArray a, BsonArray b)
    {
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            var c = CompareValues(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    /// <summary>Compares two numeric values of any BSON numeric type exactly. NaN sorts below every number.</summary>
    public static int CompareNumbers(BsonValue x, BsonValue y)
    {
        var tx = x.BsonType;
        var ty = y.BsonType;
        if (tx is BsonType.Int32 or BsonType.Int64 && ty is BsonType.Int32 or BsonType.Int64)
        {
            return x.ToInt64().CompareTo(y.ToInt64());
        }

        if (tx == BsonType.Decimal128 || ty == BsonType.Decimal128)
        {
            return CompareDecimal128(Numeric.ToDecimal128(x), Numeric.ToDecimal128(y));
        }

        if (tx == BsonType.Double && ty == BsonType.Double)
        {
            return CompareDoubles(x.AsDouble, y.AsDouble);
        }

        if (tx == BsonType.Double)
        {
            return CompareDoubleToLong(x.AsDouble, y.ToInt64());
        }

        return -CompareDoubleToLong(y.AsDouble, x.ToInt64());
    }

    private static int CompareDoubles(double a, double b)
    {
        if (double.IsNaN(a))
        {
            return double.IsNaN(b) ? 0 : -1;
        }

        if (double.IsNaN(b))
        {
            return 1;
        }

        return a.CompareTo(b);
    }

    private static int CompareDoubleToLong(double d, long l)
    {
        if (double.IsNaN(d))
        {
            return -1;
        }

        // 2^63 is exactly representable as a double; anything at or above it exceeds every long.
        if (d >= 9223372036854775808.0)
        {
            return 1;
        }

        if (d < -9223372036854775808.0)
        {
            return -1;
        }

        var truncated = (long)d;
        if (truncated != l)
        {
            return truncated.CompareTo(l);
        }

        var fraction = d - Math.Truncate(d);
        return fraction > 0 ? 1 : fraction < 0 ? -1 : 0;
    }

    private static int CompareDecimal128(Decimal128 a, Decimal128 b)
    {
        var aNaN = Decimal128.IsNaN(a);
        var bNaN = Decimal128.IsNaN(b);
        if (aNaN || bNaN)
        {
            return aNaN && bNaN ? 0 : aNaN ? -1 : 1;
        }

        if (Decimal128.IsInfinity(a) || Decimal128.IsInfinity(b))
        {
            var da = Decimal128.IsInfinity(a) ? (Decimal128.IsNegativeInfinity(a) ? -1 : 1) : 0;
            var db = Decimal128.IsInfinity(b) ? (Decimal128.IsNegativeInfinity(b) ? -1 : 1) : 0;
            if (da != db)
            {
                return da.CompareTo(db);
            }

            if (da != 0)
            {
                return 0;
            }

            return Decimal128.IsInfinity(a) ? da : -db;
        }

        if (Numeric.TryToDecimal(a, out var ma) && Numeric.TryToDecimal(b, out var mb))
        {
            return ma.CompareTo(mb);
        }

        return Decimal128.ToDouble(a).CompareTo(Decimal128.ToDouble(b));
    }

    public bool Equals(BsonValue? x, BsonValue? y)
    {
        // Fast paths for what hash tables compare most (group keys, join values, sets); all agree with CompareValues.
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        switch (x)
        {
            case BsonString sx when y is BsonString sy:
                return Collation.Current is { } collation
                    ? collation.Compare(sx.Value, sy.Value) == 0
                    : string.Equals(sx.Value, sy.Value, StringComparison.Ordinal);
            case BsonInt32 ix when y is BsonInt32 iy:
                return ix.Value == iy.Value;
            case BsonObjectId ox when y is BsonObjectId oy:
                return ox.Value == oy.Value;
            case BsonDocument dx when y is BsonDocument dy:
                if (dx.ElementCount != dy.ElementCount)
                {
                    return false;
                }

                for (var i = 0; i < dx.ElementCount; i++)
                {
                    var ex = dx.GetElement(i);
                    var ey = dy.GetElement(i);
                    if (!string.Equals(ex.Name, ey.Name, StringComparison.Ordinal) || !Equals(ex.Value, ey.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return CompareValues(x, y) == 0;
        }
    }

    /// <summary>A hash consistent with <see cref="CompareValues"/>: equal numbers hash alike across types.</summary>
    public int GetHashCode(BsonValue value)
    {
        switch (Rank(value))
        {
            case 10:
                // Equal numbers of any type hash alike: whole numbers as longs, the rest as decimals or doubles.
                switch (value)
                {
                    case BsonInt32 small:
                        return ((long)small.Value).GetHashCode();
                    case BsonInt64 { Value: var n } when Math.Abs((double)n) < 9.2e18:
                        return n.GetHashCode();
                    case BsonDouble { Value: var x } when x == Math.Floor(x) && Math.Abs(x) < 9.2e18:
                        return ((long)x).GetHashCode();
                }

                if (Numeric.TryToDecimal(value, out var d))
                {
                    return d == decimal.Truncate(d) && Math.Abs(d) < 9.2e18m ? ((long)d).GetHashCode() : d.GetHashCode();
                }

                return Numeric.ToDouble(value).GetHashCode();
            case 15:
            {
                var text = value.BsonType == BsonType.Symbol ? ((BsonSymbol)value).Name : value.AsString;
                return (Collation.Current is { } collation ? collation.Key(text) : text).GetHashCode(StringComparison.Ordinal);
            }
            case 20:
            {
                // Names count by length only (hashing their text costs more than the rare collision).
                var hash = new HashCode();
                foreach (var element in value.AsBsonDocument)
                {
                    hash.Add(element.Name.Length);
                    hash.Add(GetHashCode(element.Value));
                }

                return hash.ToHashCode();
            }

            case 25:
            {
                var hash = new HashCode();
                foreach (var item in value.AsBsonArray)
                {
                    hash.Add(GetHashCode(item));
                }

                return hash.ToHashCode();
            }

            default:
                return Rank(value) * 31 + value.GetHashCode();
        }
    }

    /// <summary>Reads one code point (a lone surrogate stands for itself) and advances.</summary>
    private static int NextCodePoint(string s, ref int index)
    {
        var c = s[index];
        if (char.IsHighSurrogate(c) && index + 1 < s.Length && char.IsLowSurrogate(s[index + 1]))
        {
            var cp = char.ConvertToUtf32(c, s[index + 1]);
            index += 2;
            return cp;
        }

        index++;
        return c;
    }
}
