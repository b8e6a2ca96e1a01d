using MongoDB.Bson;

namespace EmbeddedMongo.Storage;

/// <summary>One key of an index pointing at one record.</summary>
public readonly record struct IndexEntry(BsonValue[] Key, long RecordId);
