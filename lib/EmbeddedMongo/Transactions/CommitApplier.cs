using EmbeddedMongo.Commands;
using EmbeddedMongo.Storage;

namespace EmbeddedMongo.Transactions;

/// <summary>
/// Applies a transaction's write set to the shared storage (caller holds the storage write lock).
/// If any write fails (a unique key taken by a concurrent commit) every write already applied is
/// undone, so a commit is all or nothing.
/// </summary>
internal sealed class CommitApplier(StorageEngine engine, Transaction transaction)
{
    private readonly List<Action> undo = new();

    public void Apply()
    {
        try
        {
            foreach (var created in transaction.Created)
            {
                CreateIfMissing(created);
            }

            foreach (var write in transaction.Writes.Values)
            {
                ApplyOne(write);
            }
        }
        catch (MongoServerException)
        {
            for (var i = undo.Count - 1; i >= 0; i--)
            {
                undo[i]();
            }

            throw;
        }
    }

    private void CreateIfMissing(CollectionStore created)
    {
        if (engine.FindCollectionDirect(created.Database, created.Name) is not null)
        {
            return;
        }

        var real = engine.CreateCollectionDirect(created.Database, created.Name, created.Options);
        foreach (var index in created.Indexes.Skip(1))
        {
            real.AddIndex(new IndexStore(index.Name, index.KeyPattern, index.Spec));
        }

        undo.Add(() => engine.DropCollection(created.Database, created.Name));
    }

    private void ApplyOne(PendingWrite write)
    {
        var shadow = write.Collection;
        var real = engine.FindCollectionDirect(shadow.Database, shadow.Name);
        if (real is null)
        {
            CreateIfMissing(shadow);
            real = engine.FindCollectionDirect(shadow.Database, shadow.Name)!;
        }

        var recordId = real.FindById(write.Id);
        if (write.After is null)
        {
            if (recordId is { } rid && real.Delete(rid) is { } old)
            {
                undo.Add(() => real.Insert(old));
            }
        }
        else if (recordId is { } rid)
        {
            var old = real.Get(rid)!;
            real.Replace(rid, write.After, write.Replacement);
            undo.Add(() => real.Replace(rid, old));
        }
        else
        {
            var inserted = real.Insert(write.After);
            undo.Add(() => real.Delete(inserted));
        }
    }
}
