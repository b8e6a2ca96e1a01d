using System.Globalization;
using ShopAnalytics.Data.Import;
using ShopAnalytics.Models;

namespace ShopAnalytics.Data.Olist;

/// <summary>
/// Reads the Olist Brazilian e-commerce CSV files (customers, orders, order_items, products and the
/// category translation) into a <see cref="ShopDataset"/>: one customer per customer_unique_id, English
/// categories ("unknown" when empty), statuses mapped by <see cref="OlistStatusMap"/>, one order item per
/// (order, product) with quantity = number of rows and unit_price = price, zip codes as 5-character strings.
/// Olist has no names, emails, list prices or stock: names and emails are made from the ids, a product's
/// price is its latest sale price, and stock is synthesised (deterministically, a few products at 0).
/// Timestamps are read as UTC. Freight is not revenue and is not imported.
/// Files must be UTF-8. A bad row refuses the import naming file and line, unless the
/// <see cref="ImportReport"/> says to skip bad rows: then it is left out and counted, and rows that
/// refer to it (an order's items, a customer's orders) are left out too.
/// </summary>
public static class OlistImporter
{
    public const string Unknown = "unknown";

    /// <summary>Reads the files and seeds them into <paramref name="shop"/> (replacing its collections); returns what was imported.</summary>
    public static async Task<ShopDataset> ImportAsync(
        ShopDatabase shop, string folder, SeedOptions? options = null, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var data = Read(folder);
        await ShopSeeder.SeedAsync(shop, data, options, progress, cancellationToken);
        return data;
    }

    /// <summary>
    /// Reads the five files of <paramref name="folder"/>; a bad file raises <see cref="OlistFormatException"/>,
    /// and so does a bad row unless <paramref name="report"/> skips bad rows (it then counts them).
    /// </summary>
    public static ShopDataset Read(string folder, ImportReport? report = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        report ??= new ImportReport();
        var translation = ReadTranslation(folder, report);
        var (customers, uniqueByCustomerId) = ReadCustomers(folder, report);
        var orders = ReadOrders(folder, report, customers, uniqueByCustomerId);
        var categories = ReadProductCategories(folder, report, translation);
        var (items, latestPrice) = ReadItems(folder, report, orders, categories);
        var products = MakeProducts(categories, latestPrice);
        var firstOrder = orders.Values.GroupBy(o => o.CustomerId).ToDictionary(g => g.Key, g => g.Min(o => o.CreatedAt));
        var customerList = customers.Values
            .Select(c => firstOrder.TryGetValue(c.Id, out var first) ? c with { CreatedAt = first } : c)
            .ToList();
        return new ShopDataset(customerList, products, [.. orders.Values], items);
    }

    /// <summary>Runs <paramref name="body"/> on each row; a bad row is refused or, when skipping, counted and left out.</summary>
    private static void EachRow(string folder, string file, ImportReport report, string[] columns, Action<OlistCsv> body)
    {
        foreach (var row in OlistCsv.Rows(folder, file, columns))
        {
            try
            {
                row.CheckShape();
                body(row);
            }
            catch (OlistFormatException ex) when (ex.Line is { } line && report.SkipBadRows)
            {
                report.Refuse(new ImportProblem(ex.File, line, ex.Problem));
            }
        }
    }

    private static Dictionary<string, string> ReadTranslation(string folder, ImportReport report)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        EachRow(folder, "product_category_name_translation.csv", report, ["product_category_name", "product_category_name_english"], row =>
        {
            map[row.Required("product_category_name")] = row.Required("product_category_name_english");
        });
        return map;
    }

    private static (Dictionary<string, Customer>, Dictionary<string, string>) ReadCustomers(string folder, ImportReport report)
    {
        var customers = new Dictionary<string, Customer>(StringComparer.Ordinal);
        var uniqueByCustomerId = new Dictionary<string, string>(StringComparer.Ordinal);
        EachRow(folder, "customers.csv", report, ["customer_id", "customer_unique_id", "customer_zip_code_prefix", "customer_city", "customer_state"], row =>
        {
            // Every check comes before any change, so that a skipped row leaves nothing behind.
            var unique = row.Required("customer_unique_id");
            var customerId = row.Required("customer_id");
            var isNew = !customers.ContainsKey(unique);
            var zip = row.Text("customer_zip_code_prefix");
            if (isNew && (zip.Length > 5 || !zip.All(char.IsAsciiDigit)))
            {
                throw row.Bad($"'{zip}' is not a zip code prefix (customer_zip_code_prefix)");
            }

            uniqueByCustomerId[customerId] = unique;
            if (!isNew)
            {
                return;
            }

            customers[unique] = new Customer
            {
                Id = unique,
                Name = "Customer " + unique[..Math.Min(8, unique.Length)],
                Email = unique + "@customers.olist.example",
                Address = new Address
                {
                    City = row.Text("customer_city"),
                    State = row.Text("customer_state"),
                    // The CSV lost leading zeros ("4571" is 04571).
                    PostalCode = zip.PadLeft(5, '0'),
                    Country = "BR",
                },
                CreatedAt = default,
            };
        });
        return (customers, uniqueByCustomerId);
    }

    private static Dictionary<string, Order> ReadOrders(string folder, ImportReport report, Dictionary<string, Customer> customers, Dictionary<string, string> uniqueByCustomerId)
    {
        var orders = new Dictionary<string, Order>(StringComparer.Ordinal);
        EachRow(folder, "orders.csv", report, ["order_id", "customer_id", "order_status", "order_purchase_timestamp"], row =>
        {
            var id = row.Required("order_id");
            var customerId = row.Required("customer_id");
            if (!uniqueByCustomerId.TryGetValue(customerId, out var unique))
            {
                throw row.Bad($"customer_id {customerId} is not in customers.csv");
            }

            var olistStatus = row.Required("order_status");
            var status = OlistStatusMap.Find(olistStatus) ?? throw row.Bad($"'{olistStatus}' is not an Olist order status");
            var created = row.Date("order_purchase_timestamp");
            var updated = new[] { "order_approved_at", "order_delivered_carrier_date", "order_delivered_customer_date" }
                .Select(c => Optional(row, c))
                .Aggregate(created, (latest, d) => d is { } date && date > latest ? date : latest);
            if (!orders.TryAdd(id, new Order
            {
                Id = id,
                CustomerId = unique,
                Status = status,
                CreatedAt = created,
                UpdatedAt = updated,
                ShippingAddress = customers[unique].Address,
            }))
            {
                throw row.Bad($"order_id {id} appears twice");
            }
        });
        return orders;
    }

    private static DateTime? Optional(OlistCsv row, string column) => row.HasColumn(column) ? row.OptionalDate(column) : null;

    private static Dictionary<string, string> ReadProductCategories(string folder, ImportReport report, Dictionary<string, string> translation)
    {
        var categories = new Dictionary<string, string>(StringComparer.Ordinal);
        EachRow(folder, "products.csv", report, ["product_id", "product_category_name"], row =>
        {
            var name = row.Text("product_category_name");
            categories[row.Required("product_id")] = name.Length == 0 ? Unknown : translation.GetValueOrDefault(name, name);
        });
        return categories;
    }

    private static (List<OrderItem>, Dictionary<string, (DateTime When, decimal Price)>) ReadItems(
        string folder, ImportReport report, Dictionary<string, Order> orders, Dictionary<string, string> categories)
    {
        var lines = new Dictionary<(string Order, string Product), (int Quantity, decimal Price, int First)>();
        var latest = new Dictionary<string, (DateTime When, decimal Price)>(StringComparer.Ordinal);
        EachRow(folder, "order_items.csv", report, ["order_id", "order_item_id", "product_id", "price"], row =>
        {
            var orderId = row.Required("order_id");
            var productId = row.Required("product_id");
            var price = row.Decimal("price");
            var itemNumber = int.TryParse(row.Text("order_item_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw row.Bad($"'{row.Text("order_item_id")}' is not an item number (order_item_id)");
            var order = orders.GetValueOrDefault(orderId) ?? throw row.Bad($"order_id {orderId} is not in orders.csv");
            if (!categories.ContainsKey(productId))
            {
                throw row.Bad($"product_id {productId} is not in products.csv");
            }

            var key = (orderId, productId);
            lines[key] = lines.TryGetValue(key, out var line)
                ? (line.Quantity + 1, line.Price, Math.Min(line.First, itemNumber))
                : (1, price, itemNumber);
            if (!latest.TryGetValue(productId, out var seen) || order.CreatedAt >= seen.When)
            {
                latest[productId] = (order.CreatedAt, price);
            }
        });

        var items = lines
            .GroupBy(kv => kv.Key.Order)
            .SelectMany(g => g.OrderBy(kv => kv.Value.First).Select((kv, i) => new OrderItem
            {
                Id = $"{g.Key}-{i + 1}",
                OrderId = g.Key,
                ProductId = kv.Key.Product,
                Quantity = kv.Value.Quantity,
                UnitPrice = kv.Value.Price,
            }))
            .ToList();
        return (items, latest);
    }

    private static List<Product> MakeProducts(Dictionary<string, string> categories, Dictionary<string, (DateTime When, decimal Price)> latest)
    {
        // A fixed seed over the ids in order: the same files always give the same stock.
        var random = new Random(20170101);
        return [.. categories.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new Product
        {
            Id = kv.Key,
            Sku = "OL-" + kv.Key[..Math.Min(10, kv.Key.Length)].ToUpperInvariant(),
            Name = $"{kv.Value.Replace('_', ' ')} {kv.Key[..Math.Min(6, kv.Key.Length)]}",
            Category = kv.Value,
            Price = latest.TryGetValue(kv.Key, out var sale) ? sale.Price : 0m,
            Stock = random.NextDouble() < 0.05 ? 0 : random.Next(1, 120),
        })];
    }
}
