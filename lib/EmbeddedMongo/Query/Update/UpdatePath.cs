using EmbeddedMongo.Commands;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// A dotted path of an update operator ("a.b", "items.$.qty", "grades.$[g].score") split into
/// its components, with the checks the server applies when it parses an update.
/// </summary>
public sealed class UpdatePath
{
    private UpdatePath(string text, string[] parts)
    {
        Text = text;
        Parts = parts;
    }

    public string Text { get; }

    public string[] Parts { get; }

    /// <summary>Whether the path holds "$", "$[]" or "$[id]" components.</summary>
    public bool IsDynamic => Parts.Any(IsPositional);

    public static UpdatePath Parse(string text)
    {
        var parts = text.Split('.');
        if (parts.Any(p => p.Length == 0))
        {
            throw Errors.EmptyFieldName($"The update path '{text}' contains an empty field name, which is not allowed.");
        }

        if (parts.Count(p => p == "$") > 1)
        {
            throw Errors.BadValue($"Too many positional (i.e. '$') elements found in path '{text}'");
        }

        if (parts[0] == "$")
        {
            throw Errors.BadValue($"Cannot have positional (i.e. '$') element in the first position in path '{text}'");
        }

        return new UpdatePath(text, parts);
    }

    public static bool IsPositional(string part) => part == "$" || IsArrayFilter(part);

    public static bool IsArrayFilter(string part) => part.StartsWith("$[", StringComparison.Ordinal) && part.EndsWith(']');

    /// <summary>The identifier of a "$[id]" component ("" for "$[]").</summary>
    public static string Identifier(string part) => part[2..^1];

    /// <summary>A path component that addresses an array element: digits without a leading zero.</summary>
    public static bool TryIndex(string part, out int index)
    {
        index = -1;
        if (part.Length == 0 || part.Length > 9 || !part.All(char.IsAsciiDigit) || (part.Length > 1 && part[0] == '0'))
        {
            return false;
        }

        index = int.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }

    public override string ToString() => Text;
}

/// <summary>
/// The order in which the server applies updates to the fields of one document (MongoDB 5.0+):
/// string names lexicographically, numeric names numerically ("a.2" before "a.10").
/// </summary>
public sealed class UpdatePathOrder : IComparer<string[]>
{
    public static readonly UpdatePathOrder Instance = new();

    public int Compare(string[]? x, string[]? y)
    {
        var n = Math.Min(x!.Length, y!.Length);
        for (var i = 0; i < n; i++)
        {
            var c = CompareComponent(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    public static int CompareComponent(string a, string b)
    {
        if (a.Length != b.Length && a.Length > 0 && b.Length > 0 && a.All(char.IsAsciiDigit) && b.All(char.IsAsciiDigit))
        {
            return a.Length.CompareTo(b.Length);
        }

        return string.CompareOrdinal(a, b);
    }
}
