using MongoDB.Bson;
using MongoDB.Bson.Serialization;
using ShopAnalytics.Models;

namespace ShopAnalytics.Tests.Models;

public sealed class ModelMappingTests
{
    private static readonly Address Home = new() { Street = "7 Harbor Road", City = "Cambridge", State = "MA", PostalCode = "02139", Country = "US" };

    [Fact]
    public void Order_is_stored_with_snake_case_names_and_a_lowercase_status()
    {
        var order = new Order
        {
            Id = "ord-0001",
            CustomerId = "cust-carol",
            Status = OrderStatus.Cancelled,
            CreatedAt = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            UpdatedAt = new DateTime(2024, 1, 3, 3, 4, 5, DateTimeKind.Utc),
            ShippingAddress = Home,
        };

        var document = order.ToBsonDocument();

        Assert.Equal(["_id", "customer_id", "status", "created_at", "updated_at", "shipping_address"], document.Names);
        Assert.Equal(new BsonString("cancelled"), document["status"]);
        Assert.Equal(BsonType.DateTime, document["created_at"].BsonType);
        Assert.Equal(new BsonString("02139"), document["shipping_address"]["postal_code"]);
        Assert.Equal(order, BsonSerializer.Deserialize<Order>(document));
    }

    [Fact]
    public void Money_is_stored_as_decimal128_without_loss()
    {
        var item = new OrderItem { Id = "ord-0001-1", OrderId = "ord-0001", ProductId = "prod-laptop", Quantity = 3, UnitPrice = 0.10m };
        var product = new Product { Id = "prod-x", Sku = "X-1", Name = "X", Category = "Books", Price = 1199.99m, Stock = 4 };

        var itemDocument = item.ToBsonDocument();
        var productDocument = product.ToBsonDocument();

        Assert.Equal(new BsonDecimal128(0.10m), itemDocument["unit_price"]);
        Assert.Equal(["_id", "order_id", "product_id", "quantity", "unit_price"], itemDocument.Names);
        Assert.Equal(new BsonDecimal128(1199.99m), productDocument["price"]);
        Assert.Equal(0.30m, BsonSerializer.Deserialize<OrderItem>(itemDocument).LineTotal);
    }

    [Fact]
    public void Customer_embeds_its_address()
    {
        var customer = new Customer { Id = "cust-carol", Name = "Carol White", Email = "carol@example.com", Address = Home };

        var document = customer.ToBsonDocument();

        Assert.Equal(["_id", "name", "email", "address", "created_at"], document.Names);
        Assert.Equal(["street", "city", "state", "postal_code", "country"], document["address"].AsBsonDocument.Names);
    }

    [Theory]
    [InlineData(OrderStatus.Pending, "pending")]
    [InlineData(OrderStatus.Paid, "paid")]
    [InlineData(OrderStatus.Shipped, "shipped")]
    [InlineData(OrderStatus.Delivered, "delivered")]
    [InlineData(OrderStatus.Cancelled, "cancelled")]
    public void Status_round_trips_through_its_stored_name(OrderStatus status, string stored)
    {
        Assert.Equal(stored, OrderStatusSerializer.ToStored(status));
        Assert.Equal(status, OrderStatusSerializer.FromStored(stored));
    }

    [Fact]
    public void Unknown_status_name_is_refused()
    {
        Assert.Throws<FormatException>(() => OrderStatusSerializer.FromStored("Delivered"));
    }
}
