namespace ShopAnalytics.Tests.Analytics;

/// <summary>The generated shops every analysis is checked on: several seeds, small scales.</summary>
public static class Scales
{
    public static TheoryData<int, int> Generated => new()
    {
        { 1, 300 },
        { 2, 1_500 },
        { 3, 4_000 },
    };
}
