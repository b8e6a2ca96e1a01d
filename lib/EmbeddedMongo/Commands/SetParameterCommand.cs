using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>setParameter: changes a runtime server parameter (transactionLifetimeLimitSeconds).</summary>
public sealed class SetParameterCommand : CommandHandler
{
    public override string Name => "setParameter";

    public override string Help => "sets runtime server parameters: {setParameter: 1, transactionLifetimeLimitSeconds: 60}";

    public override bool StrictFields => false;

    public override Task<BsonDocument> ExecuteAsync(CommandContext context)
    {
        if (context.Database != "admin")
        {
            throw Errors.Unauthorized("setParameter may only be run against the admin database.");
        }

        var reply = new BsonDocument();
        foreach (var element in context.Command.Skip(1).Where(e => !CommandArgs.Generic.Contains(e.Name)))
        {
            if (element.Name != "transactionLifetimeLimitSeconds")
            {
                throw Errors.InvalidOptions($"attempted to set unrecognized parameter [{element.Name}], use help:true to see options ");
            }

            if (!Query.BsonOrder.IsNumber(element.Value) || Query.Numeric.ToDouble(element.Value) < 1)
            {
                throw Errors.BadValue($"Invalid value for parameter transactionLifetimeLimitSeconds: {element.Value} is not greater than or equal to 1");
            }

            var transactions = context.Server.Transactions;
            reply["was"] = (int)transactions.Lifetime.TotalSeconds;
            transactions.Lifetime = TimeSpan.FromSeconds(Query.Numeric.ToDouble(element.Value));
        }

        if (reply.ElementCount == 0)
        {
            throw Errors.InvalidOptions("no option found to set, use help:true to see options ");
        }

        reply["ok"] = 1.0;
        return Task.FromResult(reply);
    }
}
