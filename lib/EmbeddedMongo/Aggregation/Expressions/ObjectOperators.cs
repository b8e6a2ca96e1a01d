using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Aggregation.Expressions;

/// <summary>$getField, $mergeObjects, $setField, $unsetField.</summary>
internal static class ObjectOperators
{
    public static readonly OperatorTable Table = new(
        ("$getField", ParseGetField),
        ("$mergeObjects", Op.Nary(MergeObjects)),
        ("$setField", (_, a) => ParseSetField("$setField", a, withValue: true)),
        ("$unsetField", (_, a) => ParseSetField("$unsetField", a, withValue: false)));

    private static BsonValue MergeObjects(BsonValue?[] values)
    {
        var result = new BsonDocument();
        foreach (var v in values)
        {
            if (Values.IsNullish(v))
            {
                continue;
            }

            if (v is not BsonDocument d)
            {
                throw Errors.Location(40400, $"$mergeObjects requires object inputs, but input {Values.Render(v)} is of type {Values.TypeName(v)}");
            }

            foreach (var element in d)
            {
                result[element.Name] = element.Value;
            }
        }

        return result;
    }

    private static Expression ParseGetField(string name, BsonValue argument)
    {
        Expression field;
        Expression input = new FieldPathExpression([], fromRoot: false);
        if (argument is BsonDocument d && !(d.ElementCount > 0 && d.GetElement(0).Name.StartsWith('$')))
        {
            Expression? f = null;
            foreach (var element in d)
            {
                switch (element.Name)
                {
                    case "field":
                        f = ExpressionParser.Parse(element.Value);
                        break;
                    case "input":
                        input = ExpressionParser.Parse(element.Value);
                        break;
                    default:
                        throw Errors.Location(3041701, $"$getField found an unknown argument: {element.Name}");
                }
            }

            field = f ?? throw Errors.Location(3041702, "$getField requires 'field' to be specified");
        }
        else
        {
            field = ExpressionParser.Parse(argument);
        }

        CheckConstantString(name, field, 5654602);
        return new FuncExpression(c =>
        {
            var fieldName = field.Evaluate(c);
            if (fieldName is not BsonString s)
            {
                throw Errors.Location(3041704, $"{name} requires 'field' to evaluate to type String, but got {Values.TypeName(fieldName)}");
            }

            var source = input.Evaluate(c);
            if (Values.IsNullish(source))
            {
                return source is null ? null : BsonNull.Value;
            }

            if (source is not BsonDocument doc)
            {
                throw Errors.Location(3041705, $"{name} requires 'input' to evaluate to type Object, but got {Values.TypeName(source)}");
            }

            return doc.TryGetValue(s.Value, out var value) ? value : null;
        });
    }

    private static Expression ParseSetField(string name, BsonValue argument, bool withValue)
    {
        if (argument is not BsonDocument d)
        {
            throw Errors.Location(4161100, $"{name} only supports an object as its argument");
        }

        Expression? field = null, input = null, value = null;
        foreach (var element in d)
        {
            switch (element.Name)
            {
                case "field":
                    field = ExpressionParser.Parse(element.Value);
                    break;
                case "input":
                    input = ExpressionParser.Parse(element.Value);
                    break;
                case "value" when withValue:
                    value = ExpressionParser.Parse(element.Value);
                    break;
                default:
                    throw Errors.Location(4161101, $"{name} found an unknown argument: {element.Name}");
            }
        }

        if (field is null)
        {
            throw Errors.Location(4161102, $"{name} requires 'field' to be specified");
        }

        if (withValue && value is null)
        {
            throw Errors.Location(4161103, $"{name} requires 'value' to be specified");
        }

        if (input is null)
        {
            throw Errors.Location(4161109, $"{name} requires 'input' to be specified");
        }

        CheckConstantString(name, field, 4161106);
        return new FuncExpression(c =>
        {
            var fieldName = field.Evaluate(c)!.AsString;
            var source = input.Evaluate(c);
            if (Values.IsNullish(source))
            {
                return BsonNull.Value;
            }

            if (source is not BsonDocument doc)
            {
                throw Errors.Location(4161105, $"{name} requires 'input' to evaluate to type Object");
            }

            var result = new BsonDocument();
            var newValue = withValue ? value!.Evaluate(c) : null;
            var replaced = false;
            foreach (var element in doc)
            {
                if (element.Name == fieldName)
                {
                    replaced = true;
                    if (newValue is not null)
                    {
                        result.Add(fieldName, newValue);
                    }
                }
                else
                {
                    result.Add(element.Name, element.Value);
                }
            }

            if (!replaced && newValue is not null)
            {
                result.Add(fieldName, newValue);
            }

            return result;
        });
    }

    /// <summary>'field' must be a constant string (a literal or $literal), as the server checks at parse time.</summary>
    private static void CheckConstantString(string name, Expression field, int code)
    {
        if (field is not LiteralExpression { Value: BsonString })
        {
            throw Errors.Location(code, $"{name} requires 'field' to evaluate to a constant, but got a non-constant argument");
        }
    }
}
