using System.Text;
using MongoDB.Bson;

namespace ShopAnalytics.Data.Import;

/// <summary>
/// Reads documents from a JSON import file as mongoimport does: either one JSON array of documents, or
/// documents one after another (usually one per line). Each document is MongoDB Extended JSON
/// ({"$date": ...}, {"$numberDecimal": ...}, {"$oid": ...}). The file is split into documents by its
/// braces, so a document that does not parse is a bad row (refused or skipped by line) while the rest
/// is still read; a break in the structure itself (an unclosed document or array) refuses the file.
/// </summary>
public sealed class JsonDocumentReader
{
    /// <summary>MongoDB stores no more than 100 levels of nesting (manual: "Nested Depth for BSON Documents").</summary>
    public const int MaxNesting = 100;

    private readonly TextReader text;
    private readonly string file;
    private readonly ImportReport report;
    private int peeked = -2;
    private long line = 1;

    private JsonDocumentReader(TextReader text, string file, ImportReport report)
    {
        this.text = text;
        this.file = file;
        this.report = report;
    }

    /// <summary>The documents of <paramref name="reader"/> (named <paramref name="file"/> in problems).</summary>
    public static IEnumerable<SourceDocument> Read(TextReader reader, string file, ImportReport report)
        => new JsonDocumentReader(reader, file, report).Documents();

    private IEnumerable<SourceDocument> Documents()
    {
        SkipWhitespace();
        if (Peek() < 0)
        {
            throw new ImportFormatException(file, null, "the file is empty (no document)");
        }

        var array = Peek() == '[';
        if (array)
        {
            Next();
        }

        var first = true;
        while (true)
        {
            SkipWhitespace();
            if (array)
            {
                if (Peek() == ']')
                {
                    Next();
                    SkipWhitespace();
                    if (Peek() >= 0)
                    {
                        throw Fatal($"unexpected '{(char)Peek()}' after the closing ']' of the array");
                    }

                    yield break;
                }

                if (!first)
                {
                    if (Peek() != ',')
                    {
                        throw Fatal(Peek() < 0 ? "the array is not closed (no ']' at the end)" : $"expected ',' or ']' between documents, found '{(char)Peek()}'");
                    }

                    Next();
                    SkipWhitespace();
                }
            }

            if (Peek() < 0)
            {
                if (array)
                {
                    throw Fatal("the array is not closed (no ']' at the end)");
                }

                yield break;
            }

            first = false;
            var start = line;
            var (value, nesting) = ReadValue(array);
            var document = nesting > MaxNesting
                ? Refuse(start, $"nested {nesting} levels deep, more than MongoDB's {MaxNesting}")
                : Parse(value, start);
            if (document is not null)
            {
                yield return new SourceDocument(start, document);
            }
        }
    }

    private BsonDocument? Refuse(long start, string problem)
    {
        report.Refuse(new ImportProblem(file, start, problem));
        return null;
    }

    private BsonDocument? Parse(string value, long start)
    {
        if (!value.StartsWith('{'))
        {
            report.Refuse(new ImportProblem(file, start, $"expected a document ({{...}}), found {Shorten(value)}"));
            return null;
        }

        try
        {
            return BsonDocument.Parse(value);
        }
        catch (Exception ex) when (ex is FormatException or BsonException or ArgumentException or OverflowException)
        {
            report.Refuse(new ImportProblem(file, start, "not a valid Extended JSON document: " + FirstLine(ex.Message)));
            return null;
        }
    }

    /// <summary>One value: a document or array up to its matching bracket, or a scalar up to the next separator.</summary>
    private (string Value, int Nesting) ReadValue(bool inArray)
    {
        var start = line;
        var value = new StringBuilder();
        var depth = 0;
        var deepest = 0;
        var inString = false;
        while (true)
        {
            var c = Peek();
            if (c < 0)
            {
                if (depth > 0 || inString)
                {
                    throw new ImportFormatException(file, start, "the document starting here is not closed before the end of the file");
                }

                return (value.ToString().Trim(), deepest);
            }

            if (!inString && depth == 0 && value.Length > 0 && (c == ',' || c == ']' || (!inArray && c == '\n')))
            {
                // A scalar (not a document) ends at the next separator.
                return (value.ToString().Trim(), deepest);
            }

            Next();
            value.Append((char)c);
            if (inString)
            {
                if (c == '\\' && Peek() >= 0)
                {
                    value.Append((char)Next());
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    deepest = Math.Max(deepest, depth);
                    break;
                case '}' or ']':
                    depth--;
                    if (depth <= 0)
                    {
                        return (value.ToString(), deepest);
                    }

                    break;
            }
        }
    }

    private void SkipWhitespace()
    {
        while (Peek() is ' ' or '\t' or '\r' or '\n' or '\uFEFF')
        {
            Next();
        }
    }

    private int Peek()
    {
        if (peeked == -2)
        {
            peeked = text.Read();
        }

        return peeked;
    }

    private int Next()
    {
        var c = Peek();
        peeked = -2;
        if (c == '\n')
        {
            line++;
        }

        return c;
    }

    private ImportFormatException Fatal(string problem) => new(file, line, problem);

    private static string Shorten(string value) => value.Length > 30 ? value[..30] + "..." : value;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
