namespace ShopAnalytics.Data.Import;

/// <summary>One refused line of an import file: the file name, the 1-based line (the header is line 1) and why.</summary>
public sealed record ImportProblem(string File, long Line, string Reason)
{
    public override string ToString() => $"{File} line {Line}: {Reason}";
}

/// <summary>
/// How an import treats bad rows, and what it met. By default the first bad row refuses the whole file
/// (<see cref="ImportFormatException"/>, naming the file and line); with <see cref="SkipBadRows"/> a bad
/// row is left out and counted, and the first <see cref="KeptProblems"/> problems are kept to be shown.
/// Problems with a whole file (missing file or column, empty file, not UTF-8) always refuse.
/// </summary>
public sealed class ImportReport
{
    public const int KeptProblems = 10;

    private readonly List<ImportProblem> first = [];

    public bool SkipBadRows { get; init; }

    /// <summary>How many rows were left out.</summary>
    public long Skipped { get; private set; }

    /// <summary>The first few rows left out, with the reason.</summary>
    public IReadOnlyList<ImportProblem> FirstProblems => first;

    /// <summary>Records a bad row when skipping, else throws it.</summary>
    public void Refuse(ImportProblem problem)
    {
        if (!SkipBadRows)
        {
            throw new ImportFormatException(problem.File, problem.Line, problem.Reason);
        }

        Skipped++;
        if (first.Count < KeptProblems)
        {
            first.Add(problem);
        }
    }

    /// <summary>"skipped 3 bad rows: orders.csv line 4: ...; ..." or an empty string.</summary>
    public string Summary()
        => Skipped == 0 ? string.Empty : $"skipped {Skipped:N0} bad row{(Skipped == 1 ? string.Empty : "s")}";
}
