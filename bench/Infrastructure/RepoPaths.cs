namespace Bench.Infrastructure;

/// <summary>Folders of the repository the bench runs from (found by walking up to ShopAnalytics.slnx).</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootFolder = new(FindRoot);

    public static string Root => RootFolder.Value;

    /// <summary>bench/mingo: the Node script, its package.json and the npm cache (node_modules).</summary>
    public static string Mingo => Path.Combine(Root, "bench", "mingo");

    /// <summary>bench/results: one JSON file per run, and latest.json.</summary>
    public static string Results => Path.Combine(Root, "bench", "results");

    /// <summary>The built command line (Release, as the bench project builds it).</summary>
    public static string ShopDll => Path.Combine(Root, "cli", "bin", "Release", "net10.0", "shop.dll");

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ShopAnalytics.slnx")))
                {
                    return folder.FullName;
                }
            }
        }

        throw new InvalidOperationException("cannot find the repository root (ShopAnalytics.slnx) above " + AppContext.BaseDirectory);
    }
}
