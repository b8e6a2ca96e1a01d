using System.Security.Cryptography;
using System.Text;

namespace EmbeddedMongo.Commands.Auth;

/// <summary>
/// The server side of one SCRAM-SHA-256 exchange: client-first -> server-first (nonce, salt,
/// iterations), client-final (proof) -> server-final (signature) or AuthenticationFailed.
/// </summary>
public sealed class ScramConversation
{
    private readonly string database;
    private readonly string clientFirstBare;
    private readonly string serverFirst;
    private readonly string nonce;
    private readonly ScramCredential? credential;

    private ScramConversation(string database, string user, string clientFirstBare, string serverFirst, string nonce, ScramCredential? credential)
    {
        this.database = database;
        User = user;
        this.clientFirstBare = clientFirstBare;
        this.serverFirst = serverFirst;
        this.nonce = nonce;
        this.credential = credential;
    }

    public string User { get; }

    public string Database => database;

    /// <summary>Parses "n,,n=user,r=nonce" and answers "r=nonce+server,s=salt,i=n".</summary>
    public static ScramConversation Start(string database, string clientFirst, Func<string, ScramCredential?> lookup)
    {
        if (!clientFirst.StartsWith("n,", StringComparison.Ordinal))
        {
            throw Failed();
        }

        var bareStart = clientFirst.IndexOf(',', 2);
        if (bareStart < 0)
        {
            throw Failed();
        }

        var bare = clientFirst[(bareStart + 1)..];
        var fields = Parse(bare);
        if (!fields.TryGetValue('n', out var user) || !fields.TryGetValue('r', out var clientNonce) || clientNonce.Length == 0)
        {
            throw Failed();
        }

        user = user.Replace("=2C", ",", StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
        var credential = lookup(user);
        // An unknown user still gets a well-formed challenge (with a throwaway salt), so a client
        // cannot tell a missing user from a wrong password.
        var salt = credential?.Salt ?? RandomNumberGenerator.GetBytes(28);
        var iterations = credential?.Iterations ?? ScramCredential.DefaultIterations;
        var combined = clientNonce + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        var serverFirst = $"r={combined},s={Convert.ToBase64String(salt)},i={iterations}";
        return new ScramConversation(database, user, bare, serverFirst, combined, credential);
    }

    public string ServerFirst => serverFirst;

    /// <summary>Checks the client's proof; returns the server-final message "v=signature".</summary>
    public string Finish(string clientFinal)
    {
        var proofAt = clientFinal.LastIndexOf(",p=", StringComparison.Ordinal);
        if (proofAt < 0 || credential is null)
        {
            throw Failed();
        }

        var withoutProof = clientFinal[..proofAt];
        var fields = Parse(withoutProof);
        if (!fields.TryGetValue('r', out var finalNonce) || finalNonce != nonce)
        {
            throw Failed();
        }

        byte[] proof;
        try
        {
            proof = Convert.FromBase64String(clientFinal[(proofAt + 3)..]);
        }
        catch (FormatException)
        {
            throw Failed();
        }

        var authMessage = Encoding.UTF8.GetBytes(clientFirstBare + "," + serverFirst + "," + withoutProof);
        var clientSignature = HMACSHA256.HashData(credential.StoredKey, authMessage);
        if (proof.Length != clientSignature.Length)
        {
            throw Failed();
        }

        var clientKey = new byte[proof.Length];
        for (var i = 0; i < proof.Length; i++)
        {
            clientKey[i] = (byte)(proof[i] ^ clientSignature[i]);
        }

        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(clientKey), credential.StoredKey))
        {
            throw Failed();
        }

        return "v=" + Convert.ToBase64String(HMACSHA256.HashData(credential.ServerKey, authMessage));
    }

    private static Dictionary<char, string> Parse(string message)
    {
        var fields = new Dictionary<char, string>();
        foreach (var part in message.Split(','))
        {
            if (part.Length >= 2 && part[1] == '=')
            {
                fields[part[0]] = part[2..];
            }
        }

        return fields;
    }

    private static MongoServerException Failed() => Errors.Make(18, "AuthenticationFailed", "Authentication failed.");
}
