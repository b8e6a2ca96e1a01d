namespace ShopAnalytics.Tests.Infrastructure;

/// <summary>Where the test data lives: the fixtures copied next to the tests, and the shared Olist subset beside the repository.</summary>
public static class FixtureFolders
{
    public static string OlistMini => Path.Combine(AppContext.BaseDirectory, "Fixtures", "olist-mini");

    /// <summary>
    /// The 10k Olist subset at ../shared/datasets/olist-10k relative to the repository (or a folder above it);
    /// null when it is not there (its licence keeps it out of the repository).
    /// </summary>
    public static string? Olist10k()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "datasets", "olist-10k");
            if (File.Exists(Path.Combine(candidate, "orders.csv")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A scratch copy of <paramref name="source"/> to break files in; deleted with the returned handle.</summary>
    public static ScratchFolder CopyOf(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "shop-olist-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return new ScratchFolder(target);
    }
}

public sealed class ScratchFolder(string path) : IDisposable
{
    public string Path { get; } = path;

    /// <summary>Replaces line <paramref name="line"/> (1-based, header = 1) of a file.</summary>
    public void ReplaceLine(string file, int line, string text)
    {
        var full = System.IO.Path.Combine(Path, file);
        var lines = File.ReadAllLines(full);
        lines[line - 1] = text;
        File.WriteAllLines(full, lines);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
