using System.Globalization;
using System.Text;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Update;

/// <summary>
/// Renders BSON the way the server's update error messages do (BSONElement::toString):
/// <c>_id: 1</c>, <c>a: "x"</c>, <c>a: [ 1, 2 ]</c>, <c>a: { b: 1 }</c>, <c>_id: ObjectId('...')</c>.
/// </summary>
public static class ValueText
{
    public static string Element(string name, BsonValue value) => name + ": " + Value(value);

    /// <summary>The _id element of a document as the messages show it: "_id: 1".</summary>
    public static string IdElement(BsonDocument document)
        => document.TryGetValue("_id", out var id) ? Element("_id", id) : string.Empty;

    public static string Value(BsonValue value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, BsonValue value)
    {
        switch (value.BsonType)
        {
            case BsonType.Double:
                builder.Append(Double(value.AsDouble));
                break;
            case BsonType.Int32:
                builder.Append(value.AsInt32.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.Int64:
                builder.Append(value.AsInt64.ToString(CultureInfo.InvariantCulture));
                break;
            case BsonType.Decimal128:
                builder.Append("NumberDecimal(\"").Append(value.AsDecimal128.ToString()).Append("\")");
                break;
            case BsonType.String:
                builder.Append('"').Append(value.AsString).Append('"');
                break;
            case BsonType.Boolean:
                builder.Append(value.AsBoolean ? "true" : "false");
                break;
            case BsonType.Null:
                builder.Append("null");
                break;
            case BsonType.ObjectId:
                builder.Append("ObjectId('").Append(value.AsObjectId.ToString()).Append("')");
                break;
            case BsonType.DateTime:
                builder.Append("new Date(").Append(value.AsBsonDateTime.MillisecondsSinceEpoch.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case BsonType.Timestamp:
                builder.Append("Timestamp(").Append(value.AsBsonTimestamp.Timestamp.ToString(CultureInfo.InvariantCulture)).Append(", ")
                    .Append(value.AsBsonTimestamp.Increment.ToString(CultureInfo.InvariantCulture)).Append(')');
                break;
            case BsonType.Document:
            {
                var document = value.AsBsonDocument;
                if (document.ElementCount == 0)
                {
                    builder.Append("{}");
                    break;
                }

                builder.Append("{ ");
                var first = true;
                foreach (var element in document)
                {
                    if (!first)
                    {
                        builder.Append(", ");
                    }

                    first = false;
                    builder.Append(element.Name).Append(": ");
                    Append(builder, element.Value);
                }

                builder.Append(" }");
                break;
            }

            case BsonType.Array:
            {
                var array = value.AsBsonArray;
                if (array.Count == 0)
                {
                    builder.Append("[]");
                    break;
                }

                builder.Append("[ ");
                for (var i = 0; i < array.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, array[i]);
                }

                builder.Append(" ]");
                break;
            }

            case BsonType.RegularExpression:
                builder.Append('/').Append(value.AsBsonRegularExpression.Pattern).Append('/').Append(value.AsBsonRegularExpression.Options);
                break;
            case BsonType.MinKey:
                builder.Append("MinKey");
                break;
            case BsonType.MaxKey:
                builder.Append("MaxKey");
                break;
            case BsonType.Undefined:
                builder.Append("undefined");
                break;
            default:
                builder.Append(value);
                break;
        }
    }

    private static string Double(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan.0";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf.0" : "-inf.0";
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return d == Math.Floor(d) && Math.Abs(d) < 1e15 && !text.Contains('E') ? text + ".0" : text;
    }
}
