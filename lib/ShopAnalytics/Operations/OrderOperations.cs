using MongoDB.Bson;
using MongoDB.Driver;
using ShopAnalytics.Models;
using ShopAnalytics.Schema;

namespace ShopAnalytics.Operations;

/// <summary>
/// Writes that change several documents at once, each in one multi-document transaction run by the
/// driver's <c>WithTransactionAsync</c> (which retries on TransientTransactionError and
/// UnknownTransactionCommitResult): placing an order, and moving an order to a new status.
/// </summary>
public sealed class OrderOperations(ShopDatabase shop)
{
    private static readonly TransactionOptions Transaction = new(ReadConcern.Snapshot, writeConcern: WriteConcern.WMajority);

    /// <summary>
    /// Places an order: inserts the order and its items (at the products' current prices) and takes the
    /// units from stock, all or nothing. A product with too little stock aborts everything with
    /// <see cref="InsufficientStockException"/>; the stock check is in the update's filter
    /// (<c>stock >= quantity</c>), so two buyers cannot both take the last unit.
    /// </summary>
    public async Task<Order> PlaceOrderAsync(string customerId, IReadOnlyList<OrderLine> lines, string? orderId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException("an order needs at least one line", nameof(lines));
        }

        foreach (var line in lines)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(line.Quantity, 1, nameof(lines));
        }

        // The same product twice is one line with the quantities added.
        var merged = lines.GroupBy(l => l.ProductId).Select(g => new OrderLine(g.Key, g.Sum(l => l.Quantity))).ToList();
        var id = orderId ?? "ord-" + ObjectId.GenerateNewId();
        using var session = await shop.Client.StartSessionAsync(cancellationToken: cancellationToken);
        return await session.WithTransactionAsync((s, ct) => PlaceAsync(s, customerId, merged, id, ct), Transaction, cancellationToken);
    }

    /// <summary>Moves an order to <paramref name="status"/> and stamps updated_at; false when there is no such order.</summary>
    public async Task<bool> SetStatusAsync(string orderId, OrderStatus status, CancellationToken cancellationToken = default)
    {
        var update = Builders<Order>.Update.Set(o => o.Status, status).Set(o => o.UpdatedAt, Now());
        var result = await shop.Orders.UpdateOneAsync(o => o.Id == orderId, update, cancellationToken: cancellationToken);
        return result.MatchedCount == 1;
    }

    private async Task<Order> PlaceAsync(IClientSessionHandle session, string customerId, List<OrderLine> lines, string orderId, CancellationToken ct)
    {
        var customer = await shop.Customers.Find(session, c => c.Id == customerId).FirstOrDefaultAsync(ct)
            ?? throw new ArgumentException($"there is no customer {customerId}", nameof(customerId));
        var ids = lines.Select(l => l.ProductId).ToList();
        var products = (await shop.Products.Find(session, p => ids.Contains(p.Id)).ToListAsync(ct)).ToDictionary(p => p.Id);
        if (ids.FirstOrDefault(i => !products.ContainsKey(i)) is { } unknown)
        {
            throw new ArgumentException($"there is no product {unknown}", nameof(lines));
        }

        foreach (var line in lines)
        {
            var taken = await shop.Products.UpdateOneAsync(
                session,
                p => p.Id == line.ProductId && p.Stock >= line.Quantity,
                Builders<Product>.Update.Inc(p => p.Stock, -line.Quantity),
                cancellationToken: ct);
            if (taken.ModifiedCount == 0)
            {
                var current = await shop.Products.Find(session, p => p.Id == line.ProductId).FirstAsync(ct);
                throw new InsufficientStockException(line.ProductId, line.Quantity, current.Stock);
            }
        }

        var now = Now();
        var order = new Order { Id = orderId, CustomerId = customerId, Status = OrderStatus.Pending, CreatedAt = now, UpdatedAt = now, ShippingAddress = customer.Address };
        var items = lines.Select((l, i) => new OrderItem
        {
            Id = $"{orderId}-{i + 1}",
            OrderId = orderId,
            ProductId = l.ProductId,
            Quantity = l.Quantity,
            UnitPrice = products[l.ProductId].Price,
        }).ToList();
        try
        {
            await shop.Orders.InsertOneAsync(session, order, cancellationToken: ct);
        }
        catch (MongoException ex) when (SchemaViolationException.From(ex, CollectionNames.Orders) is { } violation)
        {
            throw violation;
        }

        try
        {
            await shop.OrderItems.InsertManyAsync(session, items, cancellationToken: ct);
        }
        catch (MongoException ex) when (SchemaViolationException.From(ex, CollectionNames.OrderItems) is { } violation)
        {
            throw violation;
        }

        return order;
    }

    // BSON dates keep milliseconds: stamp with what will be stored.
    private static DateTime Now()
    {
        var now = DateTime.UtcNow;
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
    }
}
