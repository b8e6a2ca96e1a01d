namespace ShopAnalytics.Data;

/// <summary>
/// Finds <c>data/tutorial</c>: first next to the running program (the library copies it into its
/// output, so a published folder has it), then walking up from <see cref="AppContext.BaseDirectory"/>
/// to the repository.
/// </summary>
public static class DataFolderLocator
{
    private const string Marker = "customers.json";

    public static string Find()
    {
        var relative = Path.Combine("data", "tutorial");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(Path.Combine(candidate, Marker)))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"data/tutorial/{Marker} was not found next to {AppContext.BaseDirectory} nor in any folder above it");
    }
}
