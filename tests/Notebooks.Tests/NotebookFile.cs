using System.Text.Json;

namespace Notebooks.Tests;

/// <summary>A notebook's JSON, read once, with the views the structure tests need.</summary>
public sealed class NotebookFile
{
    private NotebookFile(string path, string text, JsonDocument json)
    {
        Path = path;
        Text = text;
        Json = json;
    }

    public string Path { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    public string Text { get; }

    public JsonDocument Json { get; }

    public IEnumerable<JsonElement> Cells => Json.RootElement.GetProperty("cells").EnumerateArray();

    public static NotebookFile Load(string path)
    {
        var text = File.ReadAllText(path);
        return new NotebookFile(path, text, JsonDocument.Parse(text));
    }

    public static string Source(JsonElement cell)
        => cell.GetProperty("source") is var source && source.ValueKind == JsonValueKind.Array
            ? string.Concat(source.EnumerateArray().Select(s => s.GetString()))
            : cell.GetProperty("source").GetString() ?? string.Empty;

    public static bool IsCode(JsonElement cell) => cell.GetProperty("cell_type").GetString() == "code";

    public static bool IsMarkdown(JsonElement cell) => cell.GetProperty("cell_type").GetString() == "markdown";
}
