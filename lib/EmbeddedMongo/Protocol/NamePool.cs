using System.Collections.Concurrent;

namespace EmbeddedMongo.Protocol;

/// <summary>
/// One shared string per field name: names read from the wire and the paths of parsed filters and
/// expressions use the same instances, so finding a field compares references rather than text.
/// Bounded: past its capacity a name is simply not shared.
/// </summary>
public static class NamePool
{
    private const int Capacity = 65_536;
    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static int count;

    public static string Share(string name)
    {
        if (Names.TryGetValue(name, out var shared))
        {
            return shared;
        }

        if (Volatile.Read(ref count) >= Capacity)
        {
            return name;
        }

        shared = Names.GetOrAdd(name, name);
        if (ReferenceEquals(shared, name))
        {
            Interlocked.Increment(ref count);
        }

        return shared;
    }

    /// <summary>The parts of a dotted path, each shared.</summary>
    public static string[] SharedParts(string path)
    {
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Share(parts[i]);
        }

        return parts;
    }
}
