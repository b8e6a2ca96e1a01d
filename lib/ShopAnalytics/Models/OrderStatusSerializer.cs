using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using MongoDB.Bson.Serialization.Serializers;

namespace ShopAnalytics.Models;

/// <summary>Writes <see cref="OrderStatus"/> as its lowercase name and reads it back.</summary>
public sealed class OrderStatusSerializer : StructSerializerBase<OrderStatus>, IRepresentationConfigurable
{
    private static readonly string[] Names = ["pending", "paid", "shipped", "delivered", "cancelled"];

    /// <summary>Every status as stored, in enum order.</summary>
    public static IReadOnlyList<string> StoredNames => Names;

    public BsonType Representation => BsonType.String;

    /// <summary>The stored (lowercase) name of a status.</summary>
    public static string ToStored(OrderStatus status) => Names[(int)status];

    /// <summary>Parses a stored name; throws <see cref="FormatException"/> for anything else.</summary>
    public static OrderStatus FromStored(string name)
    {
        var index = Array.IndexOf(Names, name);
        return index >= 0 ? (OrderStatus)index : throw new FormatException($"'{name}' is not an order status (expected one of {string.Join(", ", Names)})");
    }

    public override OrderStatus Deserialize(BsonDeserializationContext context, BsonDeserializationArgs args)
        => FromStored(context.Reader.ReadString());

    public override void Serialize(BsonSerializationContext context, BsonSerializationArgs args, OrderStatus value)
        => context.Writer.WriteString(ToStored(value));

    public IBsonSerializer WithRepresentation(BsonType representation) => representation == BsonType.String
        ? this
        : throw new NotSupportedException("order statuses are stored as strings");
}
