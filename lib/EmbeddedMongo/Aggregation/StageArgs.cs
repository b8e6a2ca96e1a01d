using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation;

/// <summary>Typed reading of stage arguments with the server's messages.</summary>
public static class StageArgs
{
    /// <summary>A number that must be a whole 64-bit integer ("Cannot represent as a 64-bit integer").</summary>
    public static long ToLong(BsonValue value, int code, string stage)
    {
        switch (value.BsonType)
        {
            case BsonType.Int32:
                return value.AsInt32;
            case BsonType.Int64:
                return value.AsInt64;
        }

        var d = Numeric.ToDouble(value);
        if (double.IsNaN(d) || d != Math.Floor(d) || d >= 9.2233720368547758E18 || d < -9.2233720368547758E18)
        {
            throw Errors.Location(code, $"invalid argument to {stage} stage: Cannot represent as a 64-bit integer: {stage}: {value}");
        }

        return (long)d;
    }

    /// <summary>The stage argument as a document, or the stage's own error.</summary>
    public static BsonDocument RequireDocument(BsonValue spec, int code, string message)
        => spec as BsonDocument ?? throw Errors.Location(code, message);

    /// <summary>Refuses fields a stage does not know (the IDL's 40415 "unknown field").</summary>
    public static void CheckFields(string stage, BsonDocument spec, params string[] allowed)
    {
        foreach (var element in spec)
        {
            if (Array.IndexOf(allowed, element.Name) < 0)
            {
                throw Errors.Location(40415, $"BSON field '{stage}.{element.Name}' is an unknown field.");
            }
        }
    }
}
