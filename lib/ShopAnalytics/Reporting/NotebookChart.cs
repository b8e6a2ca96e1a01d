using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;
using Plotly.NET;
using ShopAnalytics.Analytics;

namespace ShopAnalytics.Reporting;

/// <summary>
/// An analysis result as a chart, as HTML for a notebook output. The first chart of a session
/// carries plotly.js inline (it renders offline in VS Code, whose outputs share one page).
/// In a notebook kernel, Plotly.NET 6 cannot share the kernel's FSharp.Core (10.0, while Plotly.NET
/// needs 10.1, and its HTML engine then binds to the wrong copy), so there the chart is drawn in a
/// load context of its own holding this library's folder, and only the result's BSON and the HTML
/// cross over.
/// </summary>
public static class NotebookChart
{
    private static int scriptWritten;

    /// <summary>HTML (a div and its script) drawing <paramref name="result"/> of <paramref name="analysis"/>.</summary>
    public static string Html(IAnalysis analysis, object result)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(result);
        var own = AssemblyLoadContext.GetLoadContext(typeof(NotebookChart).Assembly);
        var html = own is null || own == AssemblyLoadContext.Default
            ? DrawHere(analysis, result)
            : IsolatedCharts.Draw(analysis.Name, Encode(result));
        return Interlocked.Exchange(ref scriptWritten, 1) == 0 ? IsolatedCharts.Script() + html : html;
    }

    /// <summary>Entry point inside the isolated context: decodes the result and draws it.</summary>
    public static string DrawFromBson(string analysisName, byte[] bson)
    {
        var analysis = AnalysisRegistry.Find(analysisName) ?? throw new ArgumentException($"no analysis named '{analysisName}'", nameof(analysisName));
        return DrawHere(analysis, Decode(bson, ResultType(analysis.GetType())));
    }

    /// <summary>plotly.js as an inline script element.</summary>
    public static string ScriptElement() => PlotlyScript.HeadElement;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string DrawHere(IAnalysis analysis, object result)
    {
        var chart = ChartFactory.For(analysis, result) ?? throw new ArgumentException($"analysis '{analysis.Name}' has no chart", nameof(analysis));
        return GenericChart.toChartHTML(chart);
    }

    private static byte[] Encode(object result)
    {
        var document = new BsonDocument();
        using (var writer = new BsonDocumentWriter(document))
        {
            writer.WriteStartDocument();
            writer.WriteName("v");
            BsonSerializer.Serialize(writer, result.GetType(), result);
            writer.WriteEndDocument();
        }

        return document.ToBson();
    }

    private static object Decode(byte[] bson, Type type)
    {
        var document = BsonSerializer.Deserialize<BsonDocument>(bson);
        using var reader = new BsonDocumentReader(document);
        reader.ReadStartDocument();
        reader.ReadName("v");
        var serialized = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)
            ? type.GetGenericArguments()[0].MakeArrayType()
            : type;
        return BsonSerializer.Deserialize(reader, serialized);
    }

    private static Type ResultType(Type analysis)
    {
        for (var type = analysis; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Analysis<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        throw new ArgumentException($"{analysis.Name} is not an Analysis<T>", nameof(analysis));
    }
}
