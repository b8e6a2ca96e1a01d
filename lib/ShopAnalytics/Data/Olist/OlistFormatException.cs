namespace ShopAnalytics.Data.Olist;

/// <summary>An Olist file that cannot be imported: the message names the file and, for a bad value, the line.</summary>
public sealed class OlistFormatException : Exception
{
    public OlistFormatException(string file, int? line, string problem)
        : base(line is null ? $"{file}: {problem}" : $"{file} line {line}: {problem}")
    {
        File = file;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file name, such as "orders.csv".</summary>
    public string File { get; }

    /// <summary>The 1-based line (the header is line 1), when one line is to blame.</summary>
    public int? Line { get; }

    /// <summary>What is wrong, without the file and line.</summary>
    public string Problem { get; }
}
