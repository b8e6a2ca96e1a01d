namespace EmbeddedMongo.Tests.Aggregation.Accumulators;

/// <summary>Collections used by the manual's accumulator examples.</summary>
public static class ManualSales
{
    public const string Sales =
        "[{_id: 1, item: 'abc', price: 10, quantity: 2, date: ISODate('2014-01-01T08:00:00Z')}," +
        " {_id: 2, item: 'jkl', price: 20, quantity: 1, date: ISODate('2014-02-03T09:00:00Z')}," +
        " {_id: 3, item: 'xyz', price: 5, quantity: 5, date: ISODate('2014-02-03T09:05:00Z')}," +
        " {_id: 4, item: 'abc', price: 10, quantity: 10, date: ISODate('2014-02-15T08:00:00Z')}," +
        " {_id: 5, item: 'xyz', price: 5, quantity: 10, date: ISODate('2014-02-15T09:05:10Z')}]";

    public const string GameScores =
        "[{playerId: 'PlayerA', gameId: 'G1', score: 31}, {playerId: 'PlayerB', gameId: 'G1', score: 33}," +
        " {playerId: 'PlayerC', gameId: 'G1', score: 99}, {playerId: 'PlayerD', gameId: 'G1', score: 1}," +
        " {playerId: 'PlayerA', gameId: 'G2', score: 10}, {playerId: 'PlayerB', gameId: 'G2', score: 14}," +
        " {playerId: 'PlayerC', gameId: 'G2', score: 66}, {playerId: 'PlayerD', gameId: 'G2', score: 80}]";
}
