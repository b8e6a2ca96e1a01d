namespace EmbeddedMongo.Query.Update;

/// <summary>Every update operator the server knows, sorted by name. Adding one is adding a line here.</summary>
public static class UpdateOperatorTable
{
    private static readonly UpdateOperator[] Operators =
    [
        new AddToSetOperator(),
        new BitOperator(),
        new CurrentDateOperator(),
        new IncOperator(),
        new MaxOperator(),
        new MinOperator(),
        new MulOperator(),
        new PopOperator(),
        new PullOperator(),
        new PullAllOperator(),
        new PushOperator(),
        new RenameOperator(),
        new SetOperator(),
        new SetOnInsertOperator(),
        new UnsetOperator(),
    ];

    private static readonly Dictionary<string, UpdateOperator> ByName = Operators.ToDictionary(o => o.Name, StringComparer.Ordinal);

    public static IEnumerable<UpdateOperator> All => Operators;

    public static UpdateOperator? Find(string name) => ByName.GetValueOrDefault(name);
}
