using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;

namespace ShopAnalytics.Reporting;

/// <summary>
/// An analysis result as a plain table (snake_case columns, raw cell values), for CSV files,
/// the report's HTML tables and the CLI's table/json/csv output. Lists of records become one
/// row per record; a single record becomes one row, or the rows of its one list property
/// (for example the Lorenz points of a <see cref="Analytics.Concentration"/>).
/// </summary>
public sealed record ResultTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Builds the table of any analysis result.</summary>
    public static ResultTable From(object result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result is IEnumerable list and not string)
        {
            return FromItems(list.Cast<object>().ToList(), ElementType(result.GetType()));
        }

        var properties = Properties(result.GetType());
        var nested = properties.Where(p => IsList(p.PropertyType)).ToList();
        if (nested.Count == 1 && nested[0].GetValue(result) is IEnumerable items)
        {
            return FromItems(items.Cast<object>().ToList(), ElementType(nested[0].PropertyType));
        }

        var scalars = properties.Where(p => !IsList(p.PropertyType)).ToList();
        return new ResultTable(
            [.. scalars.Select(p => SnakeCase(p.Name))],
            [[.. scalars.Select(p => p.GetValue(result))]]);
    }

    /// <summary>A cell as text for machines (CSV): invariant culture, ISO dates, round-trip numbers, lowercase enums.</summary>
    public static string Invariant(object? value) => value switch
    {
        null => string.Empty,
        DateTime date => date.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum member => member.ToString().ToLowerInvariant(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>A cell as text for people: money with two decimals and separators, shares as percentages.</summary>
    public static string Display(string column, object? value) => value switch
    {
        decimal money => money.ToString("N2", CultureInfo.InvariantCulture),
        double share when column.Contains("share", StringComparison.Ordinal) => share.ToString("P1", CultureInfo.InvariantCulture),
        double number => number.ToString("0.####", CultureInfo.InvariantCulture),
        long or int => ((IFormattable)value).ToString("N0", CultureInfo.InvariantCulture),
        DateTime date => date.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Invariant(value),
    };

    private static ResultTable FromItems(IReadOnlyList<object> items, Type elementType)
    {
        var properties = Properties(elementType);
        return new ResultTable(
            [.. properties.Select(p => SnakeCase(p.Name))],
            [.. items.Select(item => (IReadOnlyList<object?>)[.. properties.Select(p => p.GetValue(item))])]);
    }

    private static List<PropertyInfo> Properties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")];

    private static bool IsList(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    private static Type ElementType(Type listType) =>
        listType.IsArray
            ? listType.GetElementType()!
            : listType.GetInterfaces().Append(listType)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? typeof(object);

    /// <summary>CustomerShare -> customer_share.</summary>
    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
