using EmbeddedMongo.Aggregation.Accumulators;
using EmbeddedMongo.Aggregation.Expressions;
using EmbeddedMongo.Commands;
using EmbeddedMongo.Query;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Stages;

/// <summary>
/// One output field of $setWindowFields: a rank function ($rank, $denseRank, $documentNumber),
/// $shift, $locf, or any $group accumulator evaluated over a window of the partition.
/// </summary>
public sealed class WindowFunction
{
    private static readonly HashSet<string> RankFunctions = new(StringComparer.Ordinal) { "$rank", "$denseRank", "$documentNumber" };
    private readonly AccumulatorDefinition? accumulator;
    private readonly Expression? shiftOutput;
    private readonly Expression? shiftDefault;
    private readonly int shiftBy;
    private readonly Expression? locf;
    private readonly WindowCalculus? calculus;

    private WindowFunction(string field, string op, WindowBounds window, AccumulatorDefinition? accumulator, Expression? shiftOutput, int shiftBy, Expression? shiftDefault, Expression? locf, WindowCalculus? calculus = null)
    {
        this.calculus = calculus;
        Field = field;
        Path = field.Split('.');
        Operator = op;
        Window = window;
        this.accumulator = accumulator;
        this.shiftOutput = shiftOutput;
        this.shiftBy = shiftBy;
        this.shiftDefault = shiftDefault;
        this.locf = locf;
    }

    public string Field { get; }

    public string[] Path { get; }

    public string Operator { get; }

    public WindowBounds Window { get; }

    public bool NeedsSort => RankFunctions.Contains(Operator) || Operator is "$shift" or "$locf" || calculus is { NeedsSort: true } || !Window.IsWholePartition;

    /// <summary>True when the function reads the single sortBy field's values ($derivative, $integral, $linearFill).</summary>
    public bool NeedsSingleSortKey => calculus is { NeedsSingleSortKey: true };

    public static WindowFunction Parse(string field, BsonValue value)
    {
        if (value is not BsonDocument spec)
        {
            throw Errors.FailedToParse($"The field '{field}' must be an object");
        }

        string? op = null;
        BsonValue argument = BsonNull.Value;
        var window = WindowBounds.WholePartition;
        foreach (var element in spec)
        {
            if (element.Name == "window")
            {
                window = WindowBounds.Parse(element.Value as BsonDocument ?? throw Errors.FailedToParse("'window' field must be an object"));
            }
            else if (element.Name.StartsWith('$'))
            {
                if (op is not null)
                {
                    throw Errors.FailedToParse($"Two operators in one window field: {op} and {element.Name}");
                }

                op = element.Name;
                argument = element.Value;
            }
            else
            {
                throw Errors.FailedToParse($"'{element.Name}' is not a valid argument of a window function");
            }
        }

        if (op is null)
        {
            throw Errors.FailedToParse($"Expected a $-prefixed window function, field '{field}'");
        }

        if (RankFunctions.Contains(op))
        {
            if (argument is not BsonDocument { ElementCount: 0 })
            {
                throw Errors.Location(5371603, $"{op} must be specified with '{{}}' as the value");
            }

            if (spec.Contains("window"))
            {
                throw Errors.Location(5371601, $"Rank style window functions take no other arguments");
            }

            return new WindowFunction(field, op, window, null, null, 0, null, null);
        }

        if (op == "$shift")
        {
            if (spec.Contains("window"))
            {
                throw Errors.FailedToParse("$shift does not accept a 'window' field");
            }

            var shift = argument as BsonDocument ?? throw Errors.FailedToParse("Argument to $shift must be an object");
            var by = shift.GetValue("by", BsonNull.Value);
            if (!BsonOrder.IsNumber(by) || Numeric.ToDouble(by) != Math.Floor(Numeric.ToDouble(by)))
            {
                throw Errors.FailedToParse("'$shift:by' field must be an integer, but found " + by);
            }

            var output = shift.GetValue("output", BsonNull.Value);
            var fallback = shift.TryGetValue("default", out var d) ? Expression.Parse(d) : null;
            return new WindowFunction(field, op, window, null, Expression.Parse(output), (int)Numeric.ToDouble(by), fallback, null);
        }

        if (op == "$locf")
        {
            return new WindowFunction(field, op, window, null, null, 0, null, Expression.Parse(argument));
        }

        if (WindowCalculus.Operators.Contains(op))
        {
            return new WindowFunction(field, op, window, null, null, 0, null, null, WindowCalculus.Parse(op, argument, spec.Contains("window")));
        }

        if (AccumulatorTable.Find(op) is null)
        {
            throw Errors.Location(5397500, $"Unrecognized window function, {op}");
        }

        return new WindowFunction(field, op, window, AccumulatorTable.Parse(op, argument), null, 0, null, null);
    }

    /// <summary>The field's value for every document of one sorted partition.</summary>
    public BsonValue?[] Compute(List<BsonDocument> partition, Query.SortSpec? sort, EvaluationContext evaluation)
    {
        var n = partition.Count;
        if (calculus is not null)
        {
            return calculus.Compute(partition, sort, Positions(partition, sort), evaluation);
        }

        var values = new BsonValue?[n];
        switch (Operator)
        {
            case "$documentNumber":
                for (var i = 0; i < n; i++)
                {
                    values[i] = i + 1;
                }

                return values;
            case "$rank":
            case "$denseRank":
            {
                // Ranks are int32, as the server returns them.
                var rank = 0;
                var dense = 0;
                for (var i = 0; i < n; i++)
                {
                    if (i == 0 || sort!.Compare(partition[i - 1], partition[i]) != 0)
                    {
                        rank = i + 1;
                        dense++;
                    }

                    values[i] = Operator == "$rank" ? rank : dense;
                }

                return values;
            }

            case "$shift":
                for (var i = 0; i < n; i++)
                {
                    var j = i + shiftBy;
                    if (j >= 0 && j < n)
                    {
                        values[i] = Evaluate(shiftOutput!, partition[j], evaluation) ?? BsonNull.Value;
                    }
                    else
                    {
                        values[i] = shiftDefault is null ? BsonNull.Value : Evaluate(shiftDefault, partition[i], evaluation) ?? BsonNull.Value;
                    }
                }

                return values;
            case "$locf":
            {
                BsonValue last = BsonNull.Value;
                for (var i = 0; i < n; i++)
                {
                    var value = Evaluate(locf!, partition[i], evaluation);
                    if (value is not null && !value.IsBsonNull)
                    {
                        last = value;
                    }

                    values[i] = last;
                }

                return values;
            }
        }

        return Accumulate(partition, sort, evaluation);
    }

    private BsonValue?[] Accumulate(List<BsonDocument> partition, Query.SortSpec? sort, EvaluationContext evaluation)
    {
        var n = partition.Count;
        var values = new BsonValue?[n];
        if (Window.IsWholePartition)
        {
            var state = accumulator!.Create();
            foreach (var document in partition)
            {
                Process(state, document, evaluation);
            }

            var whole = state.Finish();
            Array.Fill(values, whole);
            return values;
        }

        if (Window.IsRunning)
        {
            var state = accumulator!.Create();
            for (var i = 0; i < n; i++)
            {
                Process(state, partition[i], evaluation);
                values[i] = Snapshot(state.Finish());
            }

            return values;
        }

        var positions = Positions(partition, sort);
        for (var i = 0; i < n; i++)
        {
            var (from, to) = positions(i);
            var state = accumulator!.Create();
            for (var j = from; j <= to; j++)
            {
                Process(state, partition[j], evaluation);
            }

            values[i] = state.Finish();
        }

        return values;
    }

    /// <summary>Each position's window [from, to] within the sorted partition.</summary>
    private Func<int, (int From, int To)> Positions(List<BsonDocument> partition, Query.SortSpec? sort)
    {
        var n = partition.Count;
        if (!Window.IsRange)
        {
            return i => Window.Positions(i, n);
        }

        var sortValues = partition.ConvertAll(d => sort!.KeyOf(d)[0]);
        return i => RangePositions(sortValues, i);
    }

    private (int From, int To) RangePositions(List<BsonValue> sortValues, int i)
    {
        var (low, high) = Window.Values(sortValues[i]);
        var from = 0;
        var to = sortValues.Count - 1;
        if (low is not null)
        {
            while (from < sortValues.Count && BsonOrder.CompareValues(sortValues[from], low) < 0)
            {
                from++;
            }
        }

        if (high is not null)
        {
            while (to >= 0 && BsonOrder.CompareValues(sortValues[to], high) > 0)
            {
                to--;
            }
        }

        return (from, to);
    }

    private static void Process(IAccumulator state, BsonDocument document, EvaluationContext evaluation)
    {
        evaluation.Root = document;
        evaluation.Current = document;
        state.Process(evaluation);
    }

    private static BsonValue? Evaluate(Expression expression, BsonDocument document, EvaluationContext evaluation)
    {
        evaluation.Root = document;
        evaluation.Current = document;
        return expression.Evaluate(evaluation);
    }

    /// <summary>A running accumulator keeps growing: hand out copies of arrays and documents.</summary>
    private static BsonValue Snapshot(BsonValue value) => value is BsonArray or BsonDocument ? value.DeepClone() : value;
}
