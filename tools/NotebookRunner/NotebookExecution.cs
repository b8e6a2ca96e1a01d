using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;
using DocumentKernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace NotebookRunner;

/// <summary>The outcome of running one notebook: per-cell outputs and the first failure, if any.</summary>
public sealed record NotebookResult(InteractiveDocument Executed, int CodeCells, string? Failure);

/// <summary>
/// Executes every C# cell of a notebook in order in one in-process C# kernel (with #r "nuget:"
/// enabled), as VS Code's Polyglot Notebooks would, and records each cell's outputs.
/// </summary>
public static class NotebookExecution
{
    public static async Task<NotebookResult> RunAsync(string notebookPath, Action<string> progress, CancellationToken cancellationToken)
    {
        var kernels = new KernelInfoCollection
        {
            new DocumentKernelInfo("csharp", "C#", ["c#", "C#", "cs"]),
            new DocumentKernelInfo("markdown", "Markdown", ["md"]),
        };
        kernels.DefaultKernelName = "csharp";
        var document = Notebook.Parse(await File.ReadAllTextAsync(notebookPath, cancellationToken), kernels);

        using var csharp = new CSharpKernel()
            .UseKernelHelpers()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            }, false);
        using var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;

        // A fresh document: re-saving the parsed one fails on its metadata (InvalidCastException).
        var executed = new InteractiveDocument();

        var cellNumber = 0;
        var codeCells = 0;
        string? failure = null;
        foreach (var element in document.Elements)
        {
            cellNumber++;
            var copy = new InteractiveDocumentElement(element.Contents, element.KernelName);
            executed.Add(copy);
            if (failure is not null || element.KernelName is not ("csharp" or "C#" or "c#"))
            {
                continue;
            }

            codeCells++;
            progress($"cell {cellNumber}: running");
            var started = DateTime.UtcNow;
            var result = await composite.SendAsync(new SubmitCode(element.Contents, csharp.Name), cancellationToken);
            copy.ExecutionOrder = codeCells;
            foreach (var kernelEvent in result.Events)
            {
                switch (kernelEvent)
                {
                    case StandardOutputValueProduced output:
                        copy.Outputs.Add(new TextElement(Plain(output.FormattedValues), "stdout"));
                        break;
                    case StandardErrorValueProduced error:
                        copy.Outputs.Add(new TextElement(Plain(error.FormattedValues), "stderr"));
                        break;
                    case ErrorProduced error:
                        failure ??= $"cell {cellNumber}: {error.Message}";
                        copy.Outputs.Add(new ErrorElement(errorName: "Error", errorValue: error.Message, stackTrace: []));
                        break;
                    case DisplayEvent display:
                        copy.Outputs.Add(new DisplayElement(display.FormattedValues.ToDictionary(v => v.MimeType, v => (object)v.Value)));
                        break;
                    case CommandFailed failed:
                        failure ??= $"cell {cellNumber}: {failed.Message}";
                        copy.Outputs.Add(new ErrorElement(errorName: failed.Exception?.GetType().Name ?? "Error", errorValue: failed.Message, stackTrace: []));
                        break;
                }
            }

            progress($"cell {cellNumber}: {(failure is null ? "ok" : "FAILED")} in {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
        }

        return new NotebookResult(executed, codeCells, failure);
    }

    private static string Plain(IReadOnlyCollection<FormattedValue> values)
        => values.FirstOrDefault(v => v.MimeType == "text/plain")?.Value ?? string.Concat(values.Select(v => v.Value));

    /// <summary>Writes the executed notebook (with outputs) as .ipynb JSON.</summary>
    public static async Task WriteAsync(InteractiveDocument executed, string path, CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(path, executed.ToJupyterJson("csharp"), cancellationToken);
    }
}
