using System.Text.Json;

namespace Notebooks.Tests;

/// <summary>The headless runner itself: it must fail on a cell error, naming the cell, and write outputs.</summary>
public sealed class RunnerTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    [Fact]
    public async Task Runner_reports_the_failing_cell_by_number_and_message()
    {
        var outcome = await RunnerProcess.RunAsync(Fixture("failing.ipynb"));
        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("cell 3:", outcome.Error);
        Assert.Contains("the third cell fails", outcome.Error);
    }

    [Fact]
    public async Task Runner_runs_in_the_notebook_folder_and_writes_outputs()
    {
        var output = Path.Combine(Path.GetTempPath(), $"executed-{Guid.NewGuid():N}.ipynb");
        try
        {
            var outcome = await RunnerProcess.RunAsync(Fixture("passing.ipynb"), output);
            Assert.True(outcome.ExitCode == 0, outcome.Error);
            using var executed = JsonDocument.Parse(await File.ReadAllTextAsync(output));
            var text = executed.RootElement.GetProperty("cells")[1].GetProperty("outputs").GetRawText();
            Assert.Contains("Fixtures", text);
            Assert.Contains("42", text);
        }
        finally
        {
            File.Delete(output);
        }
    }
}
