using System.Text;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query;

/// <summary>
/// The collation option of find, aggregate, count, distinct, findAndModify, update and delete
/// statements ("Collation" in the manual): string comparisons of values (filters, sort, group keys)
/// follow the locale's levels instead of binary order. An approximation of ICU good for the
/// manual's examples: strength 1 ignores case and accents (café = cafe = CAFE), strength 2 ignores
/// case, strength 3 (the default) orders lowercase before uppercase after comparing letters
/// (caseFirst "upper" reverses that), numericOrdering compares digit runs as numbers. While a
/// command runs with a collation, <see cref="Current"/> holds it for <see cref="BsonOrder"/>.
/// </summary>
public sealed class Collation
{
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    private const string Unaccented = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

    private static readonly AsyncLocal<Collation?> Scope = new();
    private static int active;

    private Collation(int strength, bool upperFirst, bool numeric)
    {
        Strength = strength;
        UpperFirst = upperFirst;
        Numeric = numeric;
    }

    public int Strength { get; }

    public bool UpperFirst { get; }

    public bool Numeric { get; }

    /// <summary>The collation of the running command, or null (binary comparison).</summary>
    public static Collation? Current => Volatile.Read(ref active) == 0 ? null : Scope.Value;

    /// <summary>Null for an absent or "simple" collation; otherwise the parsed collation (errors as the server's IDL).</summary>
    public static Collation? Parse(BsonValue? spec)
    {
        if (spec is not BsonDocument document)
        {
            return null;
        }

        if (!document.TryGetValue("locale", out var locale))
        {
            throw Errors.Location(40414, "BSON field 'locale' is missing but a required field");
        }

        if (locale is not BsonString { Value: var name })
        {
            throw CommandArgs.WrongType("collation", "locale", locale, "string");
        }

        if (name == "simple")
        {
            return null;
        }

        var strength = document.TryGetValue("strength", out var s) && BsonOrder.IsNumber(s) ? (int)Query.Numeric.ToDouble(s) : 3;
        if (strength is < 1 or > 5)
        {
            throw Errors.BadValue($"Enumeration value '{strength}' for field 'strength' is not a valid value.");
        }

        var upperFirst = document.GetValue("caseFirst", "off") is BsonString { Value: "upper" };
        var numeric = document.GetValue("numericOrdering", false).ToBoolean();
        return new Collation(strength, upperFirst, numeric);
    }

    /// <summary>Makes <paramref name="collation"/> current until the returned scope is disposed (no-op for null).</summary>
    public static IDisposable? Use(Collation? collation)
    {
        if (collation is null)
        {
            return null;
        }

        Interlocked.Increment(ref active);
        var previous = Scope.Value;
        Scope.Value = collation;
        return new Restore(previous);
    }

    public int Compare(string a, string b)
    {
        var c = Ordinal(Fold(a, keepAccents: false, keepCase: false), Fold(b, keepAccents: false, keepCase: false));
        if (c != 0 || Strength == 1)
        {
            return c;
        }

        c = Ordinal(Fold(a, keepAccents: true, keepCase: false), Fold(b, keepAccents: true, keepCase: false));
        if (c != 0 || Strength == 2)
        {
            return c;
        }

        // Tertiary level: the same letters differ in case only; ICU puts lowercase first by default.
        c = Ordinal(a, b);
        return UpperFirst ? c : -c;
    }

    /// <summary>A string equal for exactly the strings this collation calls equal (for hashing).</summary>
    public string Key(string s) => Strength switch
    {
        1 => Fold(s, keepAccents: false, keepCase: false),
        2 => Fold(s, keepAccents: true, keepCase: false),
        _ => s,
    };

    private int Ordinal(string a, string b) => Numeric ? NumericCompare(a, b) : BsonOrder.CompareStrings(a, b);

    private static string Fold(string s, bool keepAccents, bool keepCase)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var c = ch;
            if (!keepAccents && c >= 'À')
            {
                var i = Accented.IndexOf(c, StringComparison.Ordinal);
                if (i >= 0)
                {
                    c = Unaccented[i];
                }
            }

            builder.Append(keepCase ? c : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Digit runs compare by their numeric value ("2" before "10"), other characters as usual.</summary>
    private static int NumericCompare(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var si = i;
                var sj = j;
                while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                var x = a[si..i].TrimStart('0');
                var y = b[sj..j].TrimStart('0');
                var c = x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
                if (c != 0)
                {
                    return c;
                }

                continue;
            }

            if (a[i] != b[j])
            {
                return BsonOrder.CompareStrings(a[i..], b[j..]);
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    private sealed class Restore(Collation? previous) : IDisposable
    {
        public void Dispose()
        {
            Scope.Value = previous;
            Interlocked.Decrement(ref active);
        }
    }
}
