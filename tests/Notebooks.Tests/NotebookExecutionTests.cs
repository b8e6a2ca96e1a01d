namespace Notebooks.Tests;

/// <summary>
/// Every notebook runs headless, top to bottom, in a process of its own with its folder as the
/// working directory (as VS Code starts the kernel), on the embedded server unless MONGODB_URI is
/// set. A cell error fails the test with the cell's number and message. The executed copy (with
/// outputs) is written under the test output folder for people who want to read the results.
/// </summary>
public sealed class NotebookExecutionTests
{
    [Theory]
    [MemberData(nameof(NotebookStructureTests.AllNotebooks), MemberType = typeof(NotebookStructureTests))]
    public async Task Notebook_runs_top_to_bottom_without_a_cell_error(string name)
    {
        var executedFolder = Path.Combine(AppContext.BaseDirectory, "executed");
        Directory.CreateDirectory(executedFolder);
        var outcome = await RunnerProcess.RunAsync(Path.Combine(RepoPaths.NotebooksFolder, name), Path.Combine(executedFolder, name), TimeSpan.FromMinutes(3));
        Assert.True(outcome.ExitCode == 0, $"{name} failed (exit {outcome.ExitCode}):\n{outcome.Error}\n{outcome.Output}");
    }
}
