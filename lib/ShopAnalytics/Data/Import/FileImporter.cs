using MongoDB.Bson;
using MongoDB.Driver;

namespace ShopAnalytics.Data.Import;

/// <summary>
/// Imports a JSON (array or one document per line, Extended JSON) or CSV file into one collection, like
/// mongoimport. The file must be UTF-8. By default a bad row refuses the import before anything is
/// written (a first pass reads the whole file), naming the file, the line and the reason; with
/// <see cref="ImportReport.SkipBadRows"/> bad rows, and documents the server refuses (a duplicate _id),
/// are left out and counted. Reports progress by bytes read, so large files show how far they are.
/// </summary>
public static class FileImporter
{
    /// <summary>Imports <paramref name="path"/> into <paramref name="collection"/>; returns how many documents were inserted.</summary>
    public static async Task<long> ImportAsync(
        IMongoCollection<BsonDocument> collection, string path, FileImportOptions options, ImportReport report,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var file = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new ImportFormatException(file, null, "file not found");
        }

        Utf8Check.Require(path, file);
        if (!report.SkipBadRows)
        {
            // Refusing means refusing before the first write.
            foreach (var unused in Documents(path, file, options, report, null))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        if (options.Drop)
        {
            await collection.Database.DropCollectionAsync(collection.CollectionNamespace.CollectionName, cancellationToken);
        }

        var batch = new List<SourceDocument>(options.BatchSize);
        var inserted = 0L;
        foreach (var document in Documents(path, file, options, report, progress))
        {
            batch.Add(document);
            if (batch.Count == options.BatchSize)
            {
                inserted += await InsertAsync(collection, file, batch, report, inserted, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            inserted += await InsertAsync(collection, file, batch, report, inserted, cancellationToken);
        }

        return inserted;
    }

    /// <summary>Every good document of the file (bad ones go to <paramref name="report"/>).</summary>
    public static IEnumerable<SourceDocument> Documents(string path, string file, FileImportOptions options, ImportReport report, IProgress<ImportProgress>? progress)
    {
        var total = new FileInfo(path).Length;
        var count = 0L;
        var position = 0L;
        IEnumerable<SourceDocument> source;
        FileStream? stream = null;
        if (options.FormatFor(path) == ImportFormat.Csv)
        {
            source = CsvDocumentReader.Read(path, file, options, report, bytes => position = bytes);
        }
        else
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            source = JsonDocumentReader.Read(new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true), file, report);
        }

        try
        {
            foreach (var document in source)
            {
                count++;
                if (progress is not null && count % 1000 == 0)
                {
                    progress.Report(new ImportProgress(stream?.Position ?? position, total, count));
                }

                yield return document;
            }

            progress?.Report(new ImportProgress(total, total, count));
        }
        finally
        {
            stream?.Dispose();
        }
    }

    private static async Task<long> InsertAsync(
        IMongoCollection<BsonDocument> collection, string file, List<SourceDocument> batch, ImportReport report, long insertedBefore, CancellationToken cancellationToken)
    {
        try
        {
            await collection.InsertManyAsync(batch.Select(d => d.Document), new InsertManyOptions { IsOrdered = !report.SkipBadRows }, cancellationToken);
            return batch.Count;
        }
        catch (MongoBulkWriteException<BsonDocument> ex) when (ex.WriteConcernError is null && ex.WriteErrors.Count > 0)
        {
            foreach (var error in ex.WriteErrors)
            {
                try
                {
                    report.Refuse(new ImportProblem(file, batch[error.Index].Line, error.Message));
                }
                catch (ImportFormatException refused)
                {
                    var written = insertedBefore + ex.Result.InsertedCount;
                    throw new ImportFormatException(file, refused.Line, $"{refused.Problem} ({written:N0} document{(written == 1 ? string.Empty : "s")} before it were inserted)");
                }
            }

            return ex.Result.InsertedCount;
        }
    }
}
