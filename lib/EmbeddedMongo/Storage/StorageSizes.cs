using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>Byte counts for dbStats and collStats: documents by their BSON size, index entries by an estimate.</summary>
public static class StorageSizes
{
    /// <summary>Per-entry estimate (key bytes plus record id and tree overhead), as no on-disk format exists.</summary>
    private const long BytesPerIndexEntry = 32;

    public static long DataSize(CollectionStore collection)
    {
        long total = 0;
        foreach (var (_, document) in collection.Scan())
        {
            total += document.ToBson().Length;
        }

        return total;
    }

    public static long IndexSize(IndexStore index) => index.Entries.Count * BytesPerIndexEntry;

    public static long Scaled(long bytes, long scale) => bytes / scale;
}
