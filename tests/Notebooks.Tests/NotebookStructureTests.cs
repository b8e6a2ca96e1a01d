using System.Text.Json;
using System.Text.RegularExpressions;

namespace Notebooks.Tests;

/// <summary>
/// Every notebook is well-formed .NET Interactive JSON, carries no outputs or merge debris, and
/// follows the house shape: a title, what the learner will do, one cell that loads the library,
/// thin cells that call it (no models or pipelines written in a cell), a link to the next lesson.
/// </summary>
public sealed partial class NotebookStructureTests
{
    public static TheoryData<string> AllNotebooks()
    {
        var data = new TheoryData<string>();
        foreach (var path in RepoPaths.Notebooks())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static NotebookFile Load(string name) => NotebookFile.Load(Path.Combine(RepoPaths.NotebooksFolder, name));

    [Fact]
    public void The_ten_lessons_are_there_numbered_from_00()
    {
        var names = RepoPaths.Notebooks().Select(Path.GetFileName).ToList();
        Assert.True(names.Count >= 10, "expected at least ten notebooks, found: " + string.Join(", ", names));
        for (var i = 0; i < names.Count; i++)
        {
            Assert.StartsWith($"{i:00}-", names[i]);
        }
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_has_dotnet_interactive_kernel_metadata(string name)
    {
        var notebook = Load(name);
        var root = notebook.Json.RootElement;
        Assert.Equal(4, root.GetProperty("nbformat").GetInt32());
        var metadata = root.GetProperty("metadata");
        Assert.Equal(".net-csharp", metadata.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", metadata.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        foreach (var cell in notebook.Cells.Where(NotebookFile.IsCode))
        {
            Assert.Equal("csharp", cell.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_is_committed_clean(string name)
    {
        var notebook = Load(name);
        Assert.DoesNotMatch(MergeMarker(), notebook.Text);
        foreach (var cell in notebook.Cells.Where(NotebookFile.IsCode))
        {
            Assert.Equal(0, cell.GetProperty("outputs").GetArrayLength());
            Assert.Equal(JsonValueKind.Null, cell.GetProperty("execution_count").ValueKind);
        }

        Assert.DoesNotMatch(MachinePath(), notebook.Text);
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Notebook_tells_one_story_in_the_house_shape(string name)
    {
        var notebook = Load(name);
        var cells = notebook.Cells.ToList();
        Assert.InRange(cells.Count, 10, 24);
        var first = NotebookFile.Source(cells[0]);
        Assert.True(NotebookFile.IsMarkdown(cells[0]) && first.StartsWith("# ", StringComparison.Ordinal), $"{name}: the first cell is the title");
        Assert.Contains("In this notebook you will", first);
        var code = cells.Where(NotebookFile.IsCode).Select(NotebookFile.Source).ToList();
        Assert.Contains("#r \"", code[0]);
        Assert.Equal(1, code.Count(c => c.Contains("#r \"", StringComparison.Ordinal)));
        Assert.True(cells.Count(NotebookFile.IsMarkdown) >= code.Count, $"{name}: markdown should explain at least as often as code runs");
        var last = NotebookFile.Source(cells[^1]);
        Assert.True(NotebookFile.IsMarkdown(cells[^1]) && NotebookLink().IsMatch(last), $"{name}: the last cell links to the next notebook");
        foreach (var cell in code)
        {
            Assert.DoesNotMatch(DefinitionInCell(), cell);
        }
    }

    [Theory]
    [MemberData(nameof(AllNotebooks))]
    public void Links_to_other_notebooks_resolve(string name)
    {
        var notebook = Load(name);
        foreach (Match link in NotebookLink().Matches(notebook.Text))
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.NotebooksFolder, link.Groups[1].Value)), $"{name} links to a missing {link.Groups[1].Value}");
        }
    }

    [GeneratedRegex(@"^(<<<<<<<|>>>>>>>|=======)", RegexOptions.Multiline)]
    private static partial Regex MergeMarker();

    [GeneratedRegex(@"(/work/|/home/|/root/|/tmp/|[A-Za-z]:\\\\Users)")]
    private static partial Regex MachinePath();

    [GeneratedRegex(@"\]\((\d\d-[a-z0-9-]+\.ipynb)\)")]
    private static partial Regex NotebookLink();

    // Models and pipelines live in the library: a cell defines no types and writes no stage.
    [GeneratedRegex(@"\b(class|record|struct|interface)\s+[A-Z]|""\$(match|group|project|lookup|unwind|sort|setWindowFields)""")]
    private static partial Regex DefinitionInCell();
}
