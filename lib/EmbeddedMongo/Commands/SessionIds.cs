using MongoDB.Bson;

namespace EmbeddedMongo.Commands;

/// <summary>Reads the session list of endSessions and refreshSessions: [{id: UUID}, ...].</summary>
public static class SessionIds
{
    public static List<Guid> Parse(BsonDocument command, string name)
    {
        if (command[0] is not BsonArray sessions)
        {
            throw CommandArgs.WrongType(name, name, command[0], "array");
        }

        var ids = new List<Guid>();
        for (var i = 0; i < sessions.Count; i++)
        {
            if (sessions[i] is not BsonDocument session)
            {
                throw CommandArgs.WrongType(name, $"{name}.{i}", sessions[i], "object");
            }

            if (session.GetValue("id", BsonNull.Value) is not BsonBinaryData { IsGuid: true } id)
            {
                throw Errors.Location(40414, $"BSON field '{name}.id' is missing but a required field");
            }

            ids.Add(id.ToGuid());
        }

        return ids;
    }
}
