namespace ShopAnalytics.Data.Import;

/// <summary>An import file that cannot be read: the message names the file and, when one line is to blame, the line.</summary>
public class ImportFormatException : Exception
{
    public ImportFormatException(string file, long? line, string problem)
        : base(line is null ? $"{file}: {problem}" : $"{file} line {line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file name, such as "orders.csv".</summary>
    public string File { get; }

    /// <summary>The 1-based line (the header is line 1), when one line is to blame.</summary>
    public long? Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Problem { get; }
}
