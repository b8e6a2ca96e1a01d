namespace EmbeddedMongo.Protocol;

/// <summary>A well-framed message whose BSON cannot be read; answered with code 22 InvalidBSON.</summary>
public sealed class InvalidBsonException : Exception
{
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
