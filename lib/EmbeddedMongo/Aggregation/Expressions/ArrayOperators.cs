using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>Array expression operators that take values (no per-element expression).</summary>
internal static class ArrayOperators
{
    public static readonly OperatorTable Table = new(
        ("$arrayElemAt", Op.Binary((a, i) => ElementAt("$arrayElemAt", a, i))),
        ("$arrayToObject", Op.Unary(ArrayObjects.ArrayToObject)),
        ("$concatArrays", Op.Nary(ConcatArrays)),
        ("$first", Op.Unary(a => FirstOrLast("$first", a, first: true))),
        ("$firstN", (n, a) => ArrayN.Parse(n, a, ArrayN.Kind.First)),
        ("$in", Op.Binary(In)),
        ("$indexOfArray", Op.Nary(2, 4, IndexOfArray)),
        ("$isArray", Op.Unary(v => Values.Bool(v is BsonArray))),
        ("$last", Op.Unary(a => FirstOrLast("$last", a, first: false))),
        ("$lastN", (n, a) => ArrayN.Parse(n, a, ArrayN.Kind.Last)),
        ("$maxN", (n, a) => ArrayN.Parse(n, a, ArrayN.Kind.Max)),
        ("$minN", (n, a) => ArrayN.Parse(n, a, ArrayN.Kind.Min)),
        ("$objectToArray", Op.Unary(ArrayObjects.ObjectToArray)),
        ("$range", Op.Nary(2, 3, Range)),
        ("$reverseArray", Op.Unary(Reverse)),
        ("$size", Op.Unary(v => v is BsonArray a ? new BsonInt32(a.Count) : throw Errors.Location(17124, $"The argument to $size must be an array. Type of argument is {Values.TypeName(v)}"))),
        ("$slice", Op.Nary(2, 3, Slice)),
        ("$sortArray", ArraySorting.Parse),
        ("$zip", ArrayObjects.ParseZip));

    private static BsonValue? ElementAt(string name, BsonValue? array, BsonValue? index)
    {
        if (Values.IsNullish(array) || Values.IsNullish(index))
        {
            return BsonNull.Value;
        }

        if (array is not BsonArray a)
        {
            throw Errors.Location(28689, $"{name}'s first argument must be an array, but is {Values.TypeName(array)}");
        }

        if (!Values.IsNumber(index))
        {
            throw Errors.Location(28690, $"{name}'s second argument must be a numeric value, but is {Values.TypeName(index)}");
        }

        if (!Values.TryGetInt(index, out var i))
        {
            throw Errors.Location(28691, $"{name}'s second argument must be representable as a 32-bit integer: {Values.Render(index)}");
        }

        var at = i < 0 ? a.Count + (long)i : i;
        return at >= 0 && at < a.Count ? a[(int)at] : null;
    }

    private static BsonValue? FirstOrLast(string name, BsonValue? array, bool first)
    {
        if (Values.IsNullish(array))
        {
            return BsonNull.Value;
        }

        if (array is not BsonArray a)
        {
            throw Errors.Location(28689, $"{name}'s argument must be an array, but is {Values.TypeName(array)}");
        }

        return a.Count == 0 ? null : first ? a[0] : a[^1];
    }

    private static BsonValue ConcatArrays(BsonValue?[] values)
    {
        var result = new BsonArray();
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                return BsonNull.Value;
            }

            if (v is not BsonArray a)
            {
                throw Errors.Location(28664, $"$concatArrays only supports arrays, not {Values.TypeName(v)}");
            }

            result.AddRange(a);
        }

        return result;
    }

    private static BsonValue In(BsonValue? value, BsonValue? array)
    {
        if (array is not BsonArray a)
        {
            throw Errors.Location(40081, $"$in requires an array as a second argument, found: {Values.TypeName(array)}");
        }

        foreach (var item in a)
        {
            if (Comparison.AreEqual(value, item))
            {
                return Values.True;
            }
        }

        return Values.False;
    }

    private static BsonValue IndexOfArray(BsonValue?[] args)
    {
        if (Values.IsNullish(args[0]))
        {
            return BsonNull.Value;
        }

        if (args[0] is not BsonArray a)
        {
            throw Errors.Location(40090, $"$indexOfArray requires an array as a first argument, found: {Values.TypeName(args[0])}");
        }

        var start = args.Length > 2 ? Index(args[2], "starting") : 0;
        var end = args.Length > 3 ? Math.Min(a.Count, Index(args[3], "ending")) : a.Count;
        for (var i = start; i < end; i++)
        {
            if (Comparison.AreEqual(a[i], args[1]))
            {
                return new BsonInt32(i);
            }
        }

        return new BsonInt32(-1);
    }

    private static int Index(BsonValue? v, string which)
    {
        if (!Values.TryGetInt(v, out var index))
        {
            throw Errors.Location(40096, $"$indexOfArray requires an integral {which} index, found a value of type: {Values.TypeName(v)}, with value: {Values.Render(v)}");
        }

        return index >= 0 ? index : throw Errors.Location(40097, $"$indexOfArray requires a nonnegative {which} index, found: {index}");
    }

    private static BsonValue Reverse(BsonValue? v)
    {
        if (Values.IsNullish(v))
        {
            return BsonNull.Value;
        }

        if (v is not BsonArray a)
        {
            throw Errors.Location(34435, $"The argument to $reverseArray must be an array, but was of type: {Values.TypeName(v)}");
        }

        return new BsonArray(a.Reverse());
    }

    private static BsonValue Slice(BsonValue?[] args)
    {
        if (args.Any(Values.IsNullish))
        {
            return BsonNull.Value;
        }

        if (args[0] is not BsonArray a)
        {
            throw Errors.Location(28724, $"First argument to $slice must be an array, but is of type: {Values.TypeName(args[0])}");
        }

        if (!Values.IsNumber(args[1]))
        {
            throw Errors.Location(28725, $"Second argument to $slice must be a numeric value, but is of type: {Values.TypeName(args[1])}");
        }

        if (!Values.TryGetInt(args[1], out var second))
        {
            throw Errors.Location(28726, $"Second argument to $slice can't be represented as a 32-bit integer: {Values.Render(args[1])}");
        }

        long start;
        long count;
        if (args.Length == 2)
        {
            start = second >= 0 ? 0 : Math.Max(0, a.Count + (long)second);
            count = second >= 0 ? second : a.Count - start;
        }
        else
        {
            if (!Values.IsNumber(args[2]))
            {
                throw Errors.Location(28727, $"Third argument to $slice must be numeric, but is of type: {Values.TypeName(args[2])}");
            }

            if (!Values.TryGetInt(args[2], out var third))
            {
                throw Errors.Location(28728, $"Third argument to $slice can't be represented as a 32-bit integer: {Values.Render(args[2])}");
            }

            if (third <= 0)
            {
                throw Errors.Location(28729, $"Third argument to $slice must be positive: {third}");
            }

            start = second >= 0 ? Math.Min(second, a.Count) : Math.Max(0, a.Count + (long)second);
            count = third;
        }

        var end = Math.Min(a.Count, start + count);
        var result = new BsonArray();
        for (var i = start; i < end; i++)
        {
            result.Add(a[(int)i]);
        }

        return result;
    }

    private static BsonValue Range(BsonValue?[] args)
    {
        if (!Values.IsNumber(args[0]))
        {
            throw Errors.Location(34443, $"$range requires a numeric starting value, found value of type: {Values.TypeName(args[0])}");
        }

        if (!Values.TryGetInt(args[0], out var start))
        {
            throw Errors.Location(34444, $"$range requires a starting value that can be represented as a 32-bit integer, found value: {Values.Render(args[0])}");
        }

        if (!Values.IsNumber(args[1]))
        {
            throw Errors.Location(34445, $"$range requires a numeric ending value, found value of type: {Values.TypeName(args[1])}");
        }

        if (!Values.TryGetInt(args[1], out var end))
        {
            throw Errors.Location(34446, $"$range requires an ending value that can be represented as a 32-bit integer, found value: {Values.Render(args[1])}");
        }

        long step = 1;
        if (args.Length == 3)
        {
            if (!Values.IsNumber(args[2]))
            {
                throw Errors.Location(34447, $"$range requires a numeric step value, found value of type:{Values.TypeName(args[2])}");
            }

            if (!Values.TryGetInt(args[2], out var s))
            {
                throw Errors.Location(34448, $"$range requires a step value that can be represented as a 32-bit integer, found value: {Values.Render(args[2])}");
            }

            step = s != 0 ? s : throw Errors.Location(34449, "$range requires a non-zero step value");
        }

        var result = new BsonArray();
        for (long current = start; step > 0 ? current < end : current > end; current += step)
        {
            result.Add(new BsonInt32((int)current));
        }

        return result;
    }
}
