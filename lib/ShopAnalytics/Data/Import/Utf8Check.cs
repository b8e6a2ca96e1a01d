using System.Text.Unicode;

namespace ShopAnalytics.Data.Import;

/// <summary>
/// Import files must be UTF-8 (a UTF-8 byte order mark is fine). A file saved as Latin-1 or Windows-1252
/// would otherwise import "São Paulo" as "S\uFFFDo Paulo" without a word: this finds the first line that
/// is not valid UTF-8 so the import can refuse it by line.
/// </summary>
public static class Utf8Check
{
    /// <summary>Throws <see cref="ImportFormatException"/> naming the first line of <paramref name="path"/> that is not valid UTF-8.</summary>
    public static void Require(string path, string fileName)
    {
        if (FirstInvalidLine(path) is { } bad)
        {
            throw new ImportFormatException(fileName, bad.Line,
                $"not valid UTF-8 (byte 0x{bad.Byte:X2} at column {bad.Column}); save the file as UTF-8 (it looks like Latin-1 or Windows-1252)");
        }
    }

    /// <summary>The 1-based line and column (in bytes) of the first invalid byte, or null when the whole file is valid UTF-8.</summary>
    public static (long Line, int Column, byte Byte)? FirstInvalidLine(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var buffer = new byte[1 << 16];
        var filled = 0;
        var line = 1L;
        while (true)
        {
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var atEnd = read == 0;
            // Whole lines only, so that a character is never cut in two between chunks.
            var end = atEnd ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
            if (end == 0 && !atEnd)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                continue;
            }

            var chunk = buffer.AsSpan(0, end);
            if (!Utf8.IsValid(chunk))
            {
                return Locate(chunk, line);
            }

            line += chunk.Count((byte)'\n');
            filled -= end;
            buffer.AsSpan(end, filled).CopyTo(buffer);
            if (atEnd)
            {
                return null;
            }
        }
    }

    private static (long Line, int Column, byte Byte) Locate(ReadOnlySpan<byte> chunk, long line)
    {
        var offset = 0;
        var column = 1;
        while (true)
        {
            if (chunk[offset] == (byte)'\n')
            {
                line++;
                column = 1;
                offset++;
                continue;
            }

            if (System.Text.Rune.DecodeFromUtf8(chunk[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return (line, column, chunk[offset]);
            }

            offset += consumed;
            column += consumed;
        }
    }
}
