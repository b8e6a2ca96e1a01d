using System.Reflection;
using System.Runtime.Loader;

namespace ShopAnalytics.Reporting;

/// <summary>
/// A load context holding this library's folder (Plotly.NET, FSharp.Core 10.1, Giraffe.ViewEngine and
/// this library again), where notebook charts are drawn without touching the kernel's FSharp.Core.
/// </summary>
internal static class IsolatedCharts
{
    private static readonly Lazy<Type> Entry = new(Load);

    public static string Draw(string analysisName, byte[] bson)
        => (string)Invoke(nameof(NotebookChart.DrawFromBson), analysisName, bson);

    public static Task<string> ExportAsync(string connectionString, string database, string folder)
        => (Task<string>)Invoke(nameof(NotebookReport.ExportFromConnectionAsync), connectionString, database, folder);

    public static string Script()
    {
        var own = AssemblyLoadContext.GetLoadContext(typeof(IsolatedCharts).Assembly);
        return own is null || own == AssemblyLoadContext.Default
            ? NotebookChart.ScriptElement()
            : (string)Invoke(nameof(NotebookChart.ScriptElement));
    }

    private static object Invoke(string method, params object[] arguments)
    {
        var type = method == nameof(NotebookReport.ExportFromConnectionAsync)
            ? Entry.Value.Assembly.GetType(typeof(NotebookReport).FullName!, throwOnError: true)!
            : Entry.Value;
        return Invoke(type, method, arguments);
    }

    private static Type Load()
    {
        var folder = Path.GetDirectoryName(typeof(IsolatedCharts).Assembly.Location)!;
        var context = new FolderLoadContext(folder);
        var library = context.LoadFromAssemblyPath(Path.Combine(folder, Path.GetFileName(typeof(IsolatedCharts).Assembly.Location)));
        return library.GetType(typeof(NotebookChart).FullName!, throwOnError: true)!;
    }

    private static object Invoke(Type type, string method, params object[] arguments)
    {
        try
        {
            return type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }

    /// <summary>Prefers the assemblies of one folder; anything else comes from the default context.</summary>
    private sealed class FolderLoadContext(string folder) : AssemblyLoadContext("ShopAnalytics.Charts")
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
