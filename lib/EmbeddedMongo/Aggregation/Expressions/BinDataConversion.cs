using System.Text;
using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>
/// $convert between strings and binData (MongoDB 8.0): the 'format' names the string form (base64,
/// base64url, hex, utf8, uuid; 'auto' when reading binData), 'to: {type: "binData", subtype}' the
/// subtype. $toUUID is the uuid shorthand. Failures are 241 ConversionFailure, which onError catches.
/// </summary>
internal static class BinDataConversion
{
    private const string NoOnError = "in $convert with no onError value";

    private static readonly string[] Formats = ["auto", "base64", "base64url", "hex", "utf8", "uuid"];

    /// <summary>True when the conversion is one of the binData ones this class handles.</summary>
    public static bool Handles(BsonValue value, BsonType target)
        => target == BsonType.Binary || (value.BsonType == BsonType.Binary && target == BsonType.String);

    public static string CheckFormat(BsonValue format)
    {
        if (format is not BsonString s)
        {
            throw Errors.Make(241, "ConversionFailure", $"Invalid format value for $convert: {Values.Render(format)}");
        }

        return Array.IndexOf(Formats, s.Value) >= 0 ? s.Value : throw Errors.Make(241, "ConversionFailure", $"Invalid format value for $convert: {s.Value}");
    }

    /// <summary>$toUUID: a UUID string as binData subtype 4.</summary>
    public static BsonValue ToUuid(BsonValue? value)
        => Values.IsNullish(value) ? BsonNull.Value : Convert(value!, BsonType.Binary, 4, "uuid");

    public static BsonValue Convert(BsonValue value, BsonType target, int subtype, string? format)
    {
        if (target == BsonType.String)
        {
            return ToText(value.AsBsonBinaryData, format);
        }

        switch (value.BsonType)
        {
            case BsonType.Binary:
                var binary = value.AsBsonBinaryData;
                return (int)binary.SubType == subtype ? binary : throw Failure($"Conversions between different binData subtypes are not supported {NoOnError}");
            case BsonType.String:
                return FromText(value.AsString, subtype, format);
            default:
                throw Failure($"Unsupported conversion from {Values.TypeName(value)} to binData {NoOnError}");
        }
    }

    private static BsonValue FromText(string text, int subtype, string? format)
    {
        if (format is null)
        {
            throw Failure($"Format must be specified when converting from 'string' to 'binData' {NoOnError}");
        }

        if ((format == "uuid") != (subtype == 4) && (format == "uuid" || subtype == 4))
        {
            throw Failure($"Only the UUID subtype (4) is allowed with the 'uuid' format {NoOnError}");
        }

        byte[]? bytes = format switch
        {
            "base64" => Base64(text),
            "base64url" => Base64(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=')),
            "hex" => Hex(text),
            "utf8" => Encoding.UTF8.GetBytes(text),
            "uuid" => Uuid(text),
            _ => null,
        };
        return bytes is null
            ? throw Failure($"Failed to parse BinData '{text}' {NoOnError}: Input is not a valid {format} string")
            : new BsonBinaryData(bytes, (BsonBinarySubType)subtype);
    }

    private static BsonString ToText(BsonBinaryData binary, string? format)
    {
        if (format is null)
        {
            throw Failure($"Format must be specified when converting from 'binData' to 'string' {NoOnError}");
        }

        var bytes = binary.Bytes;
        if (format == "auto")
        {
            format = binary.SubType == BsonBinarySubType.UuidStandard && bytes.Length == 16 ? "uuid" : "base64";
        }

        switch (format)
        {
            case "base64":
                return new BsonString(System.Convert.ToBase64String(bytes));
            case "base64url":
                return new BsonString(System.Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
            case "hex":
                return new BsonString(System.Convert.ToHexString(bytes));
            case "uuid":
                if (binary.SubType != BsonBinarySubType.UuidStandard || bytes.Length != 16)
                {
                    throw Failure($"Only the UUID subtype (4) is allowed with the 'uuid' format {NoOnError}");
                }

                return new BsonString(new Guid(bytes, bigEndian: true).ToString("D"));
            default:
                try
                {
                    return new BsonString(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
                }
                catch (DecoderFallbackException)
                {
                    throw Failure($"Failed to convert BinData to a utf8 string {NoOnError}: Input is not a valid UTF-8 string");
                }
        }
    }

    private static byte[]? Base64(string text)
    {
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return System.Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    private static byte[]? Hex(string text)
    {
        if (text.Length % 2 != 0 || !text.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        return System.Convert.FromHexString(text);
    }

    private static byte[]? Uuid(string text)
        => text.Length == 36 && Guid.TryParseExact(text, "D", out var guid) ? guid.ToByteArray(bigEndian: true) : null;

    private static MongoServerException Failure(string message) => Errors.Make(241, "ConversionFailure", message);
}
