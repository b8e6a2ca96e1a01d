using MongoDB.Bson;

namespace EmbeddedMongo.Storage.Persistence;

/// <summary>
/// Keeps a storage engine on disk in one folder (the dbpath): a checkpoint of everything plus a
/// write-ahead journal of every group of changes since. Opening the folder takes a lock file so
/// two servers can never share it, loads the checkpoint (a damaged checkpoint is an error, never a
/// partial load), replays the journal and drops a torn tail (a write that was never acknowledged).
/// Each group commit is written before the command is answered; it reaches the disk at once when
/// the command asked for the journal (j: true, w: "majority") and within 100 ms otherwise.
/// </summary>
public sealed class DataDirectory : IStorageObserver, IDisposable
{
    private const string LockName = "mongod.lock";
    private const string CheckpointName = "checkpoint.bin";
    private const string JournalName = "journal.bin";
    private const long CheckpointAfterBytes = 256L * 1024 * 1024;

    private readonly string path;
    private readonly StorageEngine storage;
    private readonly Action<string>? log;
    private readonly FileStream lockFile;
    private readonly List<BsonDocument> pending = new();
    private readonly Lock fileGate = new();
    private readonly Timer flusher;
    private FileStream journal = null!;
    private ObjectId journalId;
    private bool dirty;
    private bool disposed;

    private DataDirectory(string path, StorageEngine storage, Action<string>? log, FileStream lockFile)
    {
        this.path = path;
        this.storage = storage;
        this.log = log;
        this.lockFile = lockFile;
        flusher = new Timer(_ => FlushToDisk(), null, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(100));
    }

    /// <summary>Opens (creating if needed) a data folder and loads it into an empty storage engine.</summary>
    /// <exception cref="IOException">The folder is used by another server process.</exception>
    /// <exception cref="InvalidDataException">The checkpoint is damaged.</exception>
    public static DataDirectory Open(string path, StorageEngine storage, Action<string>? log = null)
    {
        Directory.CreateDirectory(path);
        FileStream lockFile;
        try
        {
            lockFile = new FileStream(System.IO.Path.Combine(path, LockName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new IOException($"the data folder {path} is in use by another server ({LockName} is locked)", ex);
        }

        lockFile.SetLength(0);
        var pid = System.Text.Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        lockFile.Write(pid);
        lockFile.Flush(true);
        var directory = new DataDirectory(path, storage, log, lockFile);
        try
        {
            directory.Load();
        }
        catch
        {
            directory.Dispose();
            throw;
        }

        storage.AddObserver(directory);
        return directory;
    }

    public string Folder => path;

    private void Load()
    {
        var checkpointPath = System.IO.Path.Combine(path, CheckpointName);
        ObjectId coveredJournal = ObjectId.Empty;
        long coveredOffset = 0;
        if (File.Exists(checkpointPath))
        {
            (coveredJournal, coveredOffset) = LoadCheckpoint(checkpointPath);
        }

        var journalPath = System.IO.Path.Combine(path, JournalName);
        long goodLength = 0;
        if (File.Exists(journalPath))
        {
            goodLength = ReplayJournal(journalPath, coveredJournal, coveredOffset);
        }

        journal = new FileStream(journalPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        if (goodLength == 0)
        {
            StartNewJournal();
        }
        else
        {
            journal.SetLength(goodLength);
            journal.Seek(0, SeekOrigin.End);
        }
    }

    private (ObjectId Journal, long Offset) LoadCheckpoint(string checkpointPath)
    {
        using var stream = File.OpenRead(checkpointPath);
        string? problem = null;
        BsonDocument? end = null;
        foreach (var (frame, _) in FrameFile.Read(stream, (offset, what) => problem = $"{what} at byte {offset}"))
        {
            if (frame.Contains("end"))
            {
                end = frame;
                break;
            }

            ApplyGroup(frame);
        }

        if (problem is not null || end is null)
        {
            throw new InvalidDataException(
                $"the checkpoint {checkpointPath} is damaged ({problem ?? "it has no end marker"}); refusing to start with partial data. Move the folder aside to start empty.");
        }

        return (end["journalId"].AsObjectId, end["journalOffset"].ToInt64());
    }

    private long ReplayJournal(string journalPath, ObjectId coveredJournal, long coveredOffset)
    {
        using var stream = File.OpenRead(journalPath);
        long goodLength = 0;
        var first = true;
        var skipUntil = 0L;
        foreach (var (frame, endOffset) in FrameFile.Read(stream, (offset, what) =>
                     log?.Invoke($"journal {journalPath}: ignoring an unacknowledged tail from byte {offset} ({what})")))
        {
            if (first)
            {
                first = false;
                journalId = frame.GetValue("journalId", ObjectId.Empty).AsObjectId;
                skipUntil = journalId == coveredJournal ? coveredOffset : 0;
                goodLength = endOffset;
                continue;
            }

            if (endOffset > skipUntil)
            {
                ApplyGroup(frame);
            }

            goodLength = endOffset;
        }

        return goodLength;
    }

    private void ApplyGroup(BsonDocument frame)
    {
        foreach (var record in frame["g"].AsBsonArray)
        {
            JournalOperations.Apply(storage, record.AsBsonDocument);
        }
    }

    private void StartNewJournal()
    {
        journal.SetLength(0);
        journal.Seek(0, SeekOrigin.Begin);
        journalId = ObjectId.GenerateNewId();
        FrameFile.Write(journal, new BsonDocument("journalId", journalId));
        journal.Flush(true);
    }

    /// <summary>Writes a full checkpoint and starts a fresh journal. Call under the storage write lock (or when idle).</summary>
    public void Checkpoint()
    {
        lock (fileGate)
        {
            var temporary = System.IO.Path.Combine(path, CheckpointName + ".tmp");
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                foreach (var database in storage.Databases.Values)
                {
                    foreach (var collection in database.Collections.Values)
                    {
                        var meta = new BsonArray { JournalOperations.Create(collection) };
                        foreach (var index in collection.Indexes.Skip(1))
                        {
                            meta.Add(JournalOperations.CreateIndex(collection, index));
                        }

                        FrameFile.Write(stream, new BsonDocument("g", meta));
                        var chunk = new BsonArray();
                        foreach (var (_, document) in collection.Scan())
                        {
                            chunk.Add(JournalOperations.Insert(collection, document));
                            if (chunk.Count == 1000)
                            {
                                FrameFile.Write(stream, new BsonDocument("g", chunk));
                                chunk = new BsonArray();
                            }
                        }

                        if (chunk.Count > 0)
                        {
                            FrameFile.Write(stream, new BsonDocument("g", chunk));
                        }
                    }
                }

                journal.Flush(true);
                FrameFile.Write(stream, new BsonDocument { { "end", true }, { "journalId", journalId }, { "journalOffset", journal.Length } });
                stream.Flush(true);
            }

            File.Move(temporary, System.IO.Path.Combine(path, CheckpointName), overwrite: true);
            StartNewJournal();
            dirty = false;
        }
    }

    private void FlushToDisk()
    {
        lock (fileGate)
        {
            if (dirty && !disposed)
            {
                journal.Flush(true);
                dirty = false;
            }
        }
    }

    public void CollectionCreated(CollectionStore collection) => pending.Add(JournalOperations.Create(collection));

    public void CollectionDropped(string database, string collection) => pending.Add(JournalOperations.Drop(database, collection));

    public void DatabaseDropped(string database) => pending.Add(JournalOperations.DropDatabase(database));

    public void CollectionRenamed(string fromDatabase, string fromCollection, string toDatabase, string toCollection)
        => pending.Add(JournalOperations.Rename(fromDatabase, fromCollection, toDatabase, toCollection));

    public void OptionsChanged(CollectionStore collection) => pending.Add(JournalOperations.Options(collection));

    public void IndexCreated(CollectionStore collection, IndexStore index) => pending.Add(JournalOperations.CreateIndex(collection, index));

    public void IndexDropped(CollectionStore collection, string indexName) => pending.Add(JournalOperations.DropIndex(collection, indexName));

    public void DocumentInserted(CollectionStore collection, BsonDocument document) => pending.Add(JournalOperations.Insert(collection, document));

    public void DocumentReplaced(CollectionStore collection, BsonDocument before, BsonDocument after) => pending.Add(JournalOperations.Replace(collection, after));

    public void DocumentDeleted(CollectionStore collection, BsonDocument before) => pending.Add(JournalOperations.Delete(collection, before["_id"]));

    public void GroupCommitted(bool durable)
    {
        if (pending.Count == 0)
        {
            return;
        }

        lock (fileGate)
        {
            FrameFile.Write(journal, new BsonDocument("g", new BsonArray(pending)));
            pending.Clear();
            journal.Flush(durable);
            dirty = !durable;
        }

        if (journal.Length > CheckpointAfterBytes)
        {
            Checkpoint();
        }
    }

    public void Dispose()
    {
        flusher.Dispose();
        lock (fileGate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            if (journal is not null)
            {
                journal.Flush(true);
                journal.Dispose();
            }

            lockFile.Dispose();
        }
    }
}
