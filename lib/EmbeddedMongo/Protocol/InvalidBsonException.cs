namespace EmbeddedMongo.Protocol;

/// <summary>A well-framed message whose BSON cannot be read; answered with code 22 InvalidBSON (15 Overflow when nested too deep).</summary>
public sealed class InvalidBsonException : Exception
{
    /// <summary>Whether the BSON nests deeper than <see cref="BsonDepth.MaxAllowable"/> (answered 15 Overflow).</summary>
    public bool TooDeep { get; init; }

    public InvalidBsonException(string message) : base(message)
    {
    }

    public InvalidBsonException()
    {
    }

    public InvalidBsonException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
