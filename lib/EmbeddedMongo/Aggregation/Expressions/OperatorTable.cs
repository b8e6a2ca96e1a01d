using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>Builds the expression node of one operator from its name and its raw argument.</summary>
internal delegate Expression OperatorParser(string name, BsonValue argument);

/// <summary>One family's operators, sorted by name (checked at start-up), found by binary search at parse time.</summary>
internal sealed class OperatorTable
{
    private readonly string[] names;
    private readonly OperatorParser[] parsers;

    public OperatorTable(params (string Name, OperatorParser Parser)[] entries)
    {
        names = entries.Select(e => e.Name).ToArray();
        parsers = entries.Select(e => e.Parser).ToArray();
        for (var i = 1; i < names.Length; i++)
        {
            if (string.CompareOrdinal(names[i - 1], names[i]) >= 0)
            {
                throw new InvalidOperationException($"operator table out of order at {names[i]}");
            }
        }
    }

    public IReadOnlyList<string> Names => names;

    public bool TryGet(string name, out OperatorParser parser)
    {
        var i = Array.BinarySearch(names, name, StringComparer.Ordinal);
        parser = i >= 0 ? parsers[i] : null!;
        return i >= 0;
    }
}

/// <summary>Argument lists and the arity errors of the server (16020, 28667).</summary>
internal static class Args
{
    public static BsonValue[] Raw(BsonValue argument) => argument is BsonArray a ? a.ToArray() : [argument];

    public static Expression[] List(BsonValue argument) => argument is BsonArray a ? a.Select(ExpressionParser.Parse).ToArray() : [ExpressionParser.Parse(argument)];

    public static Expression[] Exactly(string name, BsonValue argument, int count)
    {
        var list = List(argument);
        if (list.Length != count)
        {
            throw Errors.Location(16020, $"Expression {name} takes exactly {count} arguments. {list.Length} were passed in.");
        }

        return list;
    }

    public static Expression[] Between(string name, BsonValue argument, int min, int max)
    {
        var list = List(argument);
        if (list.Length < min || list.Length > max)
        {
            throw Errors.Location(28667, $"Expression {name} takes at least {min} arguments, and at most {max}. {list.Length} were passed in.");
        }

        return list;
    }

    public static Expression[] AtLeast(string name, BsonValue argument, int min)
    {
        var list = List(argument);
        if (list.Length < min)
        {
            throw Errors.Location(16020, $"Expression {name} takes at least {min} arguments. {list.Length} were passed in.");
        }

        return list;
    }

    /// <summary>The object argument of operators such as $filter or $dateToString, with its known fields.</summary>
    public static BsonDocument Object(string name, BsonValue argument, int code)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(code, $"{name} only supports an object as its argument");
        }

        return d;
    }
}

/// <summary>Generic operator nodes: the operator's work is a static delegate chosen at parse time.</summary>
internal static class Op
{
    public static OperatorParser Unary(Func<BsonValue?, BsonValue?> f)
        => (name, arg) => new UnaryNode(Args.Exactly(name, arg, 1)[0], f);

    public static OperatorParser Binary(Func<BsonValue?, BsonValue?, BsonValue?> f)
        => (name, arg) =>
        {
            var args = Args.Exactly(name, arg, 2);
            return new BinaryNode(args[0], args[1], f);
        };

    public static OperatorParser Nary(Func<BsonValue?[], BsonValue?> f)
        => (_, arg) => new NaryNode(Args.List(arg), f);

    /// <summary>Like <see cref="Nary(Func{BsonValue[], BsonValue})"/> for a function that only reads its array (arithmetic).</summary>
    public static OperatorParser NaryPure(Func<BsonValue?[], BsonValue?> f)
        => (_, arg) => PureNode(Args.List(arg), f);

    /// <summary>The node <see cref="NaryPure"/> makes, over arguments already parsed.</summary>
    public static Expression PureNode(Expression[] args, Func<BsonValue?[], BsonValue?> f) => new NaryNode(args, f, pure: true);

    public static OperatorParser Nary(int min, int max, Func<BsonValue?[], BsonValue?> f)
        => (name, arg) => new NaryNode(min == max ? Args.Exactly(name, arg, min) : Args.Between(name, arg, min, max), f);

    public static OperatorParser Lazy(Func<EvaluationContext, Expression[], BsonValue?> f)
        => (_, arg) => new LazyNode(Args.List(arg), f);

    private sealed class UnaryNode(Expression a, Func<BsonValue?, BsonValue?> f) : Expression
    {
        public override BsonValue? Evaluate(EvaluationContext context) => f(a.Evaluate(context));
    }

    private sealed class BinaryNode(Expression a, Expression b, Func<BsonValue?, BsonValue?, BsonValue?> f) : Expression
    {
        public override BsonValue? Evaluate(EvaluationContext context) => f(a.Evaluate(context), b.Evaluate(context));
    }

    /// <summary>
    /// An operator over a list of values. With <paramref name="pure"/> (the function never keeps the
    /// array) one array is reused from evaluation to evaluation; a nested or concurrent use takes a new one.
    /// </summary>
    private sealed class NaryNode(Expression[] args, Func<BsonValue?[], BsonValue?> f, bool pure = false) : Expression
    {
        private BsonValue?[]? spare;

        public override BsonValue? Evaluate(EvaluationContext context)
        {
            var values = (pure ? Interlocked.Exchange(ref spare, null) : null) ?? new BsonValue?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                values[i] = args[i].Evaluate(context);
            }

            var result = f(values);
            if (pure)
            {
                Array.Clear(values);
                spare = values;
            }

            return result;
        }
    }

    private sealed class LazyNode(Expression[] args, Func<EvaluationContext, Expression[], BsonValue?> f) : Expression
    {
        public override BsonValue? Evaluate(EvaluationContext context) => f(context, args);
    }
}

/// <summary>A node built from a closure over parsed parts (operators with named arguments).</summary>
internal sealed class FuncExpression(Func<EvaluationContext, BsonValue?> f) : Expression
{
    public override BsonValue? Evaluate(EvaluationContext context) => f(context);
}
