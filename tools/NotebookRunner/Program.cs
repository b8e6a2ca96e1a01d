using NotebookRunner;

// notebook-runner <notebook.ipynb> [--out executed.ipynb] [--quiet]
// Runs the notebook headless with its own folder as the working directory (as VS Code starts the
// kernel), prints progress per cell, exits 0 when every cell ran, 2 on the first cell error
// (naming the cell and its message), 1 on bad arguments.
string? notebook = null;
string? output = null;
var quiet = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            output = Path.GetFullPath(args[++i]);
            break;
        case "--quiet":
            quiet = true;
            break;
        case "--help" or "-h":
            Console.WriteLine("usage: notebook-runner <notebook.ipynb> [--out executed.ipynb] [--quiet]");
            return 0;
        default:
            if (notebook is not null || args[i].StartsWith('-'))
            {
                Console.Error.WriteLine($"notebook-runner: unexpected argument '{args[i]}' (try --help)");
                return 1;
            }

            notebook = args[i];
            break;
    }
}

if (notebook is null || !File.Exists(notebook))
{
    Console.Error.WriteLine(notebook is null ? "notebook-runner: no notebook given (try --help)" : $"notebook-runner: no such notebook: {notebook}");
    return 1;
}

var fullPath = Path.GetFullPath(notebook);
Directory.SetCurrentDirectory(Path.GetDirectoryName(fullPath)!);
var result = await NotebookExecution.RunAsync(fullPath, line =>
{
    if (!quiet)
    {
        Console.WriteLine($"{Path.GetFileName(fullPath)} {line}");
    }
}, CancellationToken.None);
if (output is not null)
{
    await NotebookExecution.WriteAsync(result.Executed, output, CancellationToken.None);
}

if (result.Failure is not null)
{
    Console.Error.WriteLine($"{Path.GetFileName(fullPath)}: {result.Failure}");
    return 2;
}

Console.WriteLine($"{Path.GetFileName(fullPath)}: {result.CodeCells} code cells ran without error");
return 0;
