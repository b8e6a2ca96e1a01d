using System.Security.Cryptography;
using System.Text;
using MongoDB.Bson;

namespace EmbeddedMongo.Commands.Auth;

/// <summary>
/// A SCRAM-SHA-256 credential as MongoDB keeps it in admin.system.users (RFC 5802 / RFC 7677):
/// the salt, the iteration count, StoredKey = H(HMAC(SaltedPassword, "Client Key")) and
/// ServerKey = HMAC(SaltedPassword, "Server Key"). The password itself is never kept.
/// </summary>
public sealed record ScramCredential(byte[] Salt, int Iterations, byte[] StoredKey, byte[] ServerKey)
{
    public const string Mechanism = "SCRAM-SHA-256";

    /// <summary>MongoDB's default scramSHA256IterationCount.</summary>
    public const int DefaultIterations = 15000;

    public static ScramCredential FromPassword(string password, int iterations = DefaultIterations)
    {
        var salt = RandomNumberGenerator.GetBytes(28);
        var salted = SaltedPassword(password, salt, iterations);
        var clientKey = HMACSHA256.HashData(salted, "Client Key"u8);
        return new ScramCredential(salt, iterations, SHA256.HashData(clientKey), HMACSHA256.HashData(salted, "Server Key"u8));
    }

    /// <summary>SaltedPassword = PBKDF2-HMAC-SHA-256 over the SASLprep'd password (NFKC covers the common cases).</summary>
    public static byte[] SaltedPassword(string password, byte[] salt, int iterations)
        => Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Normalize(NormalizationForm.FormKC)), salt, iterations, HashAlgorithmName.SHA256, 32);

    public BsonDocument ToBson() => new()
    {
        { "iterationCount", Iterations },
        { "salt", Convert.ToBase64String(Salt) },
        { "storedKey", Convert.ToBase64String(StoredKey) },
        { "serverKey", Convert.ToBase64String(ServerKey) },
    };

    public static ScramCredential FromBson(BsonDocument document) => new(
        Convert.FromBase64String(document["salt"].AsString),
        document["iterationCount"].ToInt32(),
        Convert.FromBase64String(document["storedKey"].AsString),
        Convert.FromBase64String(document["serverKey"].AsString));
}
