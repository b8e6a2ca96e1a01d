using ShopAnalytics.Data;

namespace Bench.Analytics;

/// <summary>
/// The hand-written LINQ equivalent of one analysis over the generated objects in memory, and the
/// headline of an answer (exact figures: decimals, counts, ids) used to check that LINQ and the
/// pipeline agree.
/// </summary>
public sealed class LinqAnswer
{
    private readonly Func<ShopDataset, object> answer;
    private readonly Func<object, string> headline;

    private LinqAnswer(string name, Func<ShopDataset, object> answer, Func<object, string> headline)
    {
        Name = name;
        this.answer = answer;
        this.headline = headline;
    }

    /// <summary>The analysis this answers (<c>IAnalysis.Name</c>).</summary>
    public string Name { get; }

    public static LinqAnswer Of<T>(string name, Func<ShopDataset, T> answer, Func<T, string> headline)
        where T : notnull
        => new(name, data => answer(data), result => headline((T)result));

    public object Compute(ShopDataset data) => answer(data);

    /// <summary>The headline of a LINQ answer or of the pipeline's typed result (the same type).</summary>
    public string Headline(object result) => headline(result);
}
