using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bench.Infrastructure;

/// <summary>One run's figures with the machine they ran on, as JSON: bench/results/&lt;utc time&gt;.json and latest.json.</summary>
public sealed record ResultsFile(
    DateTime StartedUtc,
    double TotalSeconds,
    string Command,
    MachineInfo Machine,
    string LoadAverageAtEnd,
    IReadOnlyList<Figure> Figures)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Writes the file and latest.json; returns the file's path.</summary>
    public string Save()
    {
        Directory.CreateDirectory(RepoPaths.Results);
        var path = Path.Combine(RepoPaths.Results, StartedUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + ".json");
        var text = JsonSerializer.Serialize(this, Json);
        File.WriteAllText(path, text);
        File.WriteAllText(Path.Combine(RepoPaths.Results, "latest.json"), text);
        return path;
    }

    public static ResultsFile Load(string path)
        => JsonSerializer.Deserialize<ResultsFile>(File.ReadAllText(path), Json) ?? throw new InvalidDataException($"{path} holds no results");
}
