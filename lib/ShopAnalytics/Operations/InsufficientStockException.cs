namespace ShopAnalytics.Operations;

/// <summary>An order asked for more units than are in stock; the transaction was aborted and nothing changed.</summary>
public sealed class InsufficientStockException(string productId, int requested, int available)
    : Exception($"Not enough stock for {productId}: {requested} requested, {available} left. The order was not placed and no stock was taken.")
{
    public string ProductId { get; } = productId;

    public int Requested { get; } = requested;

    public int Available { get; } = available;
}
