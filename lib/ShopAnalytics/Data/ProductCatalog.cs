namespace ShopAnalytics.Data;

/// <summary>One kind of product: its category, a noun for names, a price range, and how popular it is.</summary>
internal sealed record ProductKind(string Category, string Noun, decimal MinPrice, decimal MaxPrice, double Popularity);

/// <summary>
/// The generator's catalogue: realistic categories and price ranges. Cheap kinds sell more units,
/// expensive electronics carry the revenue.
/// </summary>
internal static class ProductCatalog
{
    public static readonly ProductKind[] Kinds =
    [
        new("Electronics", "Laptop", 549m, 2499m, 1.2),
        new("Electronics", "Smartphone", 249m, 1299m, 1.4),
        new("Electronics", "Headphones", 29m, 399m, 2.0),
        new("Electronics", "Monitor", 129m, 899m, 0.9),
        new("Electronics", "Tablet", 199m, 1099m, 0.8),
        new("Electronics", "Smartwatch", 99m, 599m, 0.9),
        new("Books", "Novel", 7.99m, 29.99m, 3.0),
        new("Books", "Cookbook", 12.99m, 45m, 1.5),
        new("Books", "Textbook", 29m, 149m, 0.8),
        new("Home & Kitchen", "Blender", 29m, 249m, 1.0),
        new("Home & Kitchen", "Coffee Maker", 39m, 399m, 1.2),
        new("Home & Kitchen", "Cookware Set", 49m, 349m, 0.8),
        new("Home & Kitchen", "Lamp", 15m, 149m, 1.0),
        new("Sports", "Yoga Mat", 15m, 89m, 1.3),
        new("Sports", "Running Shoes", 49m, 199m, 1.4),
        new("Sports", "Water Bottle", 8m, 39m, 2.0),
        new("Sports", "Bicycle Helmet", 29m, 159m, 0.7),
        new("Clothing", "T-Shirt", 9.99m, 39.99m, 3.0),
        new("Clothing", "Jacket", 49m, 299m, 1.1),
        new("Clothing", "Jeans", 29m, 129m, 1.6),
        new("Toys", "Board Game", 14.99m, 79.99m, 1.2),
        new("Toys", "Building Blocks", 19.99m, 149.99m, 1.0),
        new("Beauty", "Face Cream", 7.5m, 89m, 1.6),
        new("Beauty", "Perfume", 25m, 180m, 0.9),
    ];

    public static readonly string[] Adjectives =
    [
        "Classic", "Compact", "Deluxe", "Eco", "Essential", "Pro", "Smart", "Ultra", "Premium", "Sport",
        "Urban", "Vintage", "Lite", "Max", "Prime", "Nova", "Aero", "Zen", "Bold", "Swift",
    ];

    /// <summary>Countries customers live in, with weights (most in the US).</summary>
    public static readonly (string Code, string Locale, double Weight)[] Countries =
    [
        ("US", "en_US", 0.55), ("CA", "en_CA", 0.10), ("GB", "en_GB", 0.12), ("DE", "de", 0.10), ("FR", "fr", 0.08), ("AU", "en_AU", 0.05),
    ];

    /// <summary>Relative order volume by month (January = index 0): more in November and December.</summary>
    public static readonly double[] MonthWeights = [0.85, 0.8, 0.9, 0.9, 0.95, 0.95, 0.9, 0.95, 1.0, 1.05, 1.6, 2.0];
}
