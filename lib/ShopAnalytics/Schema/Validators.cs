using MongoDB.Bson;
using ShopAnalytics.Models;

namespace ShopAnalytics.Schema;

/// <summary>
/// One <c>$jsonSchema</c> validator per collection: required fields, BSON types, the status enum,
/// minimum 0 for money and counts, and an email pattern. Each property carries a description
/// that MongoDB echoes in the error details of a refused document.
/// </summary>
public static class Validators
{
    /// <summary>A deliberately simple email shape: something@something.something, no spaces.</summary>
    public const string EmailPattern = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    /// <summary>The validator (<c>{ $jsonSchema: ... }</c>) for a collection, or null when it has none.</summary>
    public static BsonDocument? For(string collection) => collection switch
    {
        CollectionNames.Customers => Wrap(Customers()),
        CollectionNames.Products => Wrap(Products()),
        CollectionNames.Orders => Wrap(Orders()),
        CollectionNames.OrderItems => Wrap(OrderItems()),
        _ => null,
    };

    private static BsonDocument Wrap(BsonDocument schema) => new("$jsonSchema", schema);

    private static BsonDocument Customers() => Object(
        ["_id", "name", "email", "address"],
        new BsonDocument
        {
            { "_id", Typed("string", "the customer id must be a string") },
            { "name", Typed("string", "name must be a string") },
            { "email", Typed("string", "email must be a string like someone@example.com").Add("pattern", EmailPattern) },
            { "address", AddressSchema() },
            { "created_at", Typed("date", "created_at must be a date") },
        });

    private static BsonDocument Products() => Object(
        ["_id", "sku", "name", "category", "price", "stock"],
        new BsonDocument
        {
            { "_id", Typed("string", "the product id must be a string") },
            { "sku", Typed("string", "sku must be a string") },
            { "name", Typed("string", "name must be a string") },
            { "category", Typed("string", "category must be a string") },
            { "price", Typed("decimal", "price must be a Decimal128 of at least 0").Add("minimum", 0) },
            { "stock", Integer("stock must be a whole number of at least 0").Add("minimum", 0) },
        });

    private static BsonDocument Orders() => Object(
        ["_id", "customer_id", "status", "created_at"],
        new BsonDocument
        {
            { "_id", Typed("string", "the order id must be a string") },
            { "customer_id", Typed("string", "customer_id must be the string id of a customer") },
            {
                "status", new BsonDocument
                {
                    { "enum", new BsonArray(OrderStatusSerializer.StoredNames) },
                    { "description", "status must be one of " + string.Join(", ", OrderStatusSerializer.StoredNames) },
                }
            },
            { "created_at", Typed("date", "created_at must be a date") },
            { "updated_at", Typed("date", "updated_at must be a date") },
            { "shipping_address", AddressSchema() },
        });

    private static BsonDocument OrderItems() => Object(
        ["_id", "order_id", "product_id", "quantity", "unit_price"],
        new BsonDocument
        {
            { "order_id", Typed("string", "order_id must be the string id of an order") },
            { "product_id", Typed("string", "product_id must be the string id of a product") },
            { "quantity", Integer("quantity must be a whole number of at least 1").Add("minimum", 1) },
            { "unit_price", Typed("decimal", "unit_price must be a Decimal128 of at least 0").Add("minimum", 0) },
        });

    private static BsonDocument AddressSchema() => Object(
        ["city", "country"],
        new BsonDocument
        {
            { "street", Typed("string", "street must be a string") },
            { "city", Typed("string", "city must be a string") },
            { "state", Typed("string", "state must be a string") },
            { "postal_code", Typed("string", "postal_code must be a string (codes like 01310 keep their leading zero)") },
            { "country", Typed("string", "country must be a string") },
        }).Add("description", "an address is an embedded document");

    private static BsonDocument Object(string[] required, BsonDocument properties) => new()
    {
        { "bsonType", "object" },
        { "required", new BsonArray(required) },
        { "properties", properties },
    };

    private static BsonDocument Typed(string bsonType, string description) => new()
    {
        { "bsonType", bsonType },
        { "description", description },
    };

    private static BsonDocument Integer(string description) => new()
    {
        { "bsonType", new BsonArray { "int", "long" } },
        { "description", description },
    };
}
