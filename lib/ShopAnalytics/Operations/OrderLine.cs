namespace ShopAnalytics.Operations;

/// <summary>One line of an order to place: which product and how many.</summary>
public sealed record OrderLine(string ProductId, int Quantity);
