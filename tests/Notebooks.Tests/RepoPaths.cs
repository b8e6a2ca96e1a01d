namespace Notebooks.Tests;

/// <summary>Where the repository, its notebooks and the headless runner are, seen from the test output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NotebooksFolder => Path.Combine(Root, "notebooks");

    /// <summary>The runner built in the same configuration as these tests (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string RunnerDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(Root, "tools", "NotebookRunner", "bin", configuration, "net10.0", "notebook-runner.dll");
        }
    }

    public static IEnumerable<string> Notebooks()
        => Directory.Exists(NotebooksFolder)
            ? Directory.GetFiles(NotebooksFolder, "*.ipynb").Order(StringComparer.Ordinal)
            : [];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ShopAnalytics.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ShopAnalytics.slnx not found above " + AppContext.BaseDirectory);
    }
}
