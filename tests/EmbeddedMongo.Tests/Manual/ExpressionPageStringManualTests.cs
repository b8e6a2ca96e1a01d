using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The worked examples of the manual's string expression operator pages.</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageStringManualTests(MongoTarget target)
{
    private const string Quarters = "{inventory: [{_id: 1, item: 'ABC1', quarter: '13Q1', description: 'product 1'}, {_id: 2, item: 'ABC2', quarter: '13Q4', description: 'product 2'}, {_id: 3, item: 'XYZ1', quarter: '14Q2', description: null}]}";

    private const string Mixed = "{inventory: [{_id: 1, item: 'ABC1', quarter: '13Q1', description: 'PRODUCT 1'}, {_id: 2, item: 'abc2', quarter: '13Q4', description: 'Product 2'}, {_id: 3, item: 'xyz1', quarter: '14Q2', description: null}]}";

    private const string Food = "{food: [{_id: 1, name: 'apple'}, {_id: 2, name: 'banana'}, {_id: 3, name: 'éclair'}, {_id: 4, name: 'hamburger'}, {_id: 5, name: 'jalapeño'}, {_id: 6, name: 'pizza'}, {_id: 7, name: 'tacos'}, {_id: 8, name: '寿司sushi'}]}";

    private const string FoodLengths = "{food: [{_id: 1, name: 'apple'}, {_id: 2, name: 'banana'}, {_id: 3, name: 'éclair'}, {_id: 4, name: 'hamburger'}, {_id: 5, name: 'jalapeño'}, {_id: 6, name: 'pizza'}, {_id: 7, name: 'tacos'}, {_id: 8, name: '寿司'}]}";

    private const string Items = "{inventory: [{_id: 1, item: 'foo'}, {_id: 2, item: 'fóofoo'}, {_id: 3, item: 'the foo bar'}, {_id: 4, item: 'hello world fóo'}, {_id: 5, item: null}, {_id: 6, amount: 3}]}";

    private const string Descriptions = "{inventory: [{_id: 1, item: 'ABC1', quarter: '13Q1', description: ' product 1'}, {_id: 2, item: 'ABC2', quarter: '13Q4', description: 'product 2 \\n The product is in stock.  \\n\\n  '}, {_id: 3, item: 'XYZ1', quarter: '14Q2', description: null}]}";

    private const string Paint = "{inventory: [{_id: 1, item: 'blue paint'}, {_id: 2, item: 'blue and green paint'}, {_id: 3, item: 'blue paint with blue paintbrush'}, {_id: 4, item: 'blue paint with green paintbrush'}]}";

    private const string Products = "{products: [{_id: 1, description: 'Single LINE description.'}, {_id: 2, description: 'First lines\\nsecond line'}, {_id: 3, description: 'Many spaces before     line'}, {_id: 4, description: 'Multiple\\nline descriptions'}, {_id: 5, description: 'anchors, links and hyperlinks'}, {_id: 6, description: 'métier work vocation'}]}";

    private const string Feedback = "{feedback: [{_id: 1, comment: \"Hi, I'm just reading about MongoDB -- aunt.arc.tica@example.com\"}, {_id: 2, comment: 'I wanted to concatenate a string'}, {_id: 3, comment: 'How do I convert a date to string? Contact me at either cam@mongodb.com or c.dia@mongodb.com'}, {_id: 4, comment: \"It's just me. I'm testing.  fred@MongoDB.com\"}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$concat: item and description"] = new(
            Quarters,
            "[{aggregate: 'inventory', pipeline: [{$project: {itemDescription: {$concat: ['$item', ' - ', '$description']}}}]}]",
            "[{_id: 1, itemDescription: 'ABC1 - product 1'}, {_id: 2, itemDescription: 'ABC2 - product 2'}, {_id: 3, itemDescription: null}]"),
        ["$concat: a non-string is an error"] = new(
            Quarters,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$concat: ['$item', '$_id']}}}]}]",
            "error 16702"),
        ["$toUpper: item and description"] = new(
            Mixed,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: {$toUpper: '$item'}, description: {$toUpper: '$description'}}}]}]",
            "[{_id: 1, item: 'ABC1', description: 'PRODUCT 1'}, {_id: 2, item: 'ABC2', description: 'PRODUCT 2'}, {_id: 3, item: 'XYZ1', description: ''}]"),
        ["$toLower: item and description"] = new(
            Mixed,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: {$toLower: '$item'}, description: {$toLower: '$description'}}}]}]",
            "[{_id: 1, item: 'abc1', description: 'product 1'}, {_id: 2, item: 'abc2', description: 'product 2'}, {_id: 3, item: 'xyz1', description: ''}]"),
        ["$toUpper and $toLower: numbers and dates become strings"] = new(
            "{c: [{_id: 1}]}",
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, a: {$toUpper: 2.5}, b: {$toLower: NumberLong(7)}, c: {$toUpper: ISODate('2014-03-01T08:00:00Z')}}}]}]",
            "[{a: '2.5', b: '7', c: '2014-03-01T08:00:00.000Z'}]"),
        ["$strcasecmp: quarter against 13q4"] = new(
            Quarters,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, comparisonResult: {$strcasecmp: ['$quarter', '13q4']}}}]}]",
            "[{_id: 1, item: 'ABC1', comparisonResult: -1}, {_id: 2, item: 'ABC2', comparisonResult: 0}, {_id: 3, item: 'XYZ1', comparisonResult: 1}]"),
        ["$substrBytes: single-byte characters"] = new(
            Quarters,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, yearSubstring: {$substrBytes: ['$quarter', 0, 2]}, quarterSubtring: {$substrBytes: ['$quarter', 2, {$subtract: [{$strLenBytes: '$quarter'}, 2]}]}}}]}]",
            "[{_id: 1, item: 'ABC1', yearSubstring: '13', quarterSubtring: 'Q1'}, {_id: 2, item: 'ABC2', yearSubstring: '13', quarterSubtring: 'Q4'}, {_id: 3, item: 'XYZ1', yearSubstring: '14', quarterSubtring: 'Q2'}]"),
        ["$substrBytes: single-byte and multibyte characters"] = new(
            Food,
            "[{aggregate: 'food', pipeline: [{$project: {name: 1, menuCode: {$substrBytes: ['$name', 0, 3]}}}]}]",
            "[{_id: 1, name: 'apple', menuCode: 'app'}, {_id: 2, name: 'banana', menuCode: 'ban'}, {_id: 3, name: 'éclair', menuCode: 'éc'}, {_id: 4, name: 'hamburger', menuCode: 'ham'}, {_id: 5, name: 'jalapeño', menuCode: 'jal'}, {_id: 6, name: 'pizza', menuCode: 'piz'}, {_id: 7, name: 'tacos', menuCode: 'tac'}, {_id: 8, name: '寿司sushi', menuCode: '寿'}]"),
        ["$substrBytes: a range ending inside a character is an error"] = new(
            Food,
            "[{aggregate: 'food', pipeline: [{$project: {menuCode: {$substrBytes: ['$name', 0, 4]}}}]}]",
            "error 28657"),
        ["$substrBytes: a range starting inside a character is an error"] = new(
            "{c: [{_id: 1, name: 'éclair'}]}",
            "[{aggregate: 'c', pipeline: [{$project: {menuCode: {$substrBytes: ['$name', 1, 2]}}}]}]",
            "error 28656"),
        ["$substrCP: single-byte characters"] = new(
            Quarters,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, yearSubstring: {$substrCP: ['$quarter', 0, 2]}, quarterSubtring: {$substrCP: ['$quarter', 2, {$subtract: [{$strLenCP: '$quarter'}, 2]}]}}}]}]",
            "[{_id: 1, item: 'ABC1', yearSubstring: '13', quarterSubtring: 'Q1'}, {_id: 2, item: 'ABC2', yearSubstring: '13', quarterSubtring: 'Q4'}, {_id: 3, item: 'XYZ1', yearSubstring: '14', quarterSubtring: 'Q2'}]"),
        ["$substrCP: single-byte and multibyte characters"] = new(
            Food,
            "[{aggregate: 'food', pipeline: [{$project: {name: 1, menuCode: {$substrCP: ['$name', 0, 3]}}}]}]",
            "[{_id: 1, name: 'apple', menuCode: 'app'}, {_id: 2, name: 'banana', menuCode: 'ban'}, {_id: 3, name: 'éclair', menuCode: 'écl'}, {_id: 4, name: 'hamburger', menuCode: 'ham'}, {_id: 5, name: 'jalapeño', menuCode: 'jal'}, {_id: 6, name: 'pizza', menuCode: 'piz'}, {_id: 7, name: 'tacos', menuCode: 'tac'}, {_id: 8, name: '寿司sushi', menuCode: '寿司s'}]"),
        ["$strLenBytes: name lengths"] = new(
            FoodLengths,
            "[{aggregate: 'food', pipeline: [{$project: {name: 1, length: {$strLenBytes: '$name'}}}]}]",
            "[{_id: 1, name: 'apple', length: 5}, {_id: 2, name: 'banana', length: 6}, {_id: 3, name: 'éclair', length: 7}, {_id: 4, name: 'hamburger', length: 9}, {_id: 5, name: 'jalapeño', length: 9}, {_id: 6, name: 'pizza', length: 5}, {_id: 7, name: 'tacos', length: 5}, {_id: 8, name: '寿司', length: 6}]"),
        ["$strLenCP: name lengths"] = new(
            FoodLengths,
            "[{aggregate: 'food', pipeline: [{$project: {name: 1, length: {$strLenCP: '$name'}}}]}]",
            "[{_id: 1, name: 'apple', length: 5}, {_id: 2, name: 'banana', length: 6}, {_id: 3, name: 'éclair', length: 6}, {_id: 4, name: 'hamburger', length: 9}, {_id: 5, name: 'jalapeño', length: 8}, {_id: 6, name: 'pizza', length: 5}, {_id: 7, name: 'tacos', length: 5}, {_id: 8, name: '寿司', length: 2}]"),
        ["$strLenCP: a non-string is an error"] = new(
            Items,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$strLenCP: '$item'}}}]}]",
            "error 34471"),
        ["$indexOfBytes: byte location of foo"] = new(
            Items,
            "[{aggregate: 'inventory', pipeline: [{$project: {byteLocation: {$indexOfBytes: ['$item', 'foo']}}}]}]",
            "[{_id: 1, byteLocation: 0}, {_id: 2, byteLocation: 4}, {_id: 3, byteLocation: 4}, {_id: 4, byteLocation: -1}, {_id: 5, byteLocation: null}, {_id: 6, byteLocation: null}]"),
        ["$indexOfCP: code point location of foo"] = new(
            Items,
            "[{aggregate: 'inventory', pipeline: [{$project: {cpLocation: {$indexOfCP: ['$item', 'foo']}}}]}]",
            "[{_id: 1, cpLocation: 0}, {_id: 2, cpLocation: 3}, {_id: 3, cpLocation: 4}, {_id: 4, cpLocation: -1}, {_id: 5, cpLocation: null}, {_id: 6, cpLocation: null}]"),
        ["$indexOfCP: negative start is an error"] = new(
            Items,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$indexOfCP: ['abc', 'b', -1]}}}]}]",
            "error 40097"),
        ["$trim: description"] = new(
            Descriptions,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, description: {$trim: {input: '$description'}}}}]}]",
            "[{_id: 1, item: 'ABC1', description: 'product 1'}, {_id: 2, item: 'ABC2', description: 'product 2 \\n The product is in stock.'}, {_id: 3, item: 'XYZ1', description: null}]"),
        ["$ltrim: description"] = new(
            Descriptions,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, description: {$ltrim: {input: '$description'}}}}]}]",
            "[{_id: 1, item: 'ABC1', description: 'product 1'}, {_id: 2, item: 'ABC2', description: 'product 2 \\n The product is in stock.  \\n\\n  '}, {_id: 3, item: 'XYZ1', description: null}]"),
        ["$rtrim: description"] = new(
            Descriptions,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: 1, description: {$rtrim: {input: '$description'}}}}]}]",
            "[{_id: 1, item: 'ABC1', description: ' product 1'}, {_id: 2, item: 'ABC2', description: 'product 2 \\n The product is in stock.'}, {_id: 3, item: 'XYZ1', description: null}]"),
        ["$trim: unknown argument is an error"] = new(
            Descriptions,
            "[{aggregate: 'inventory', pipeline: [{$project: {r: {$trim: {input: '$description', char: 'x'}}}}]}]",
            "error 50694"),
        ["$replaceOne: blue paint"] = new(
            Paint,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: {$replaceOne: {input: '$item', find: 'blue paint', replacement: 'red paint'}}}}]}]",
            "[{_id: 1, item: 'red paint'}, {_id: 2, item: 'blue and green paint'}, {_id: 3, item: 'red paint with blue paintbrush'}, {_id: 4, item: 'red paint with green paintbrush'}]"),
        ["$replaceAll: blue paint"] = new(
            Paint,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: {$replaceAll: {input: '$item', find: 'blue paint', replacement: 'red paint'}}}}]}]",
            "[{_id: 1, item: 'red paint'}, {_id: 2, item: 'blue and green paint'}, {_id: 3, item: 'red paint with red paintbrush'}, {_id: 4, item: 'red paint with green paintbrush'}]"),
        ["$replaceAll: a non-string find is an error"] = new(
            Paint,
            "[{aggregate: 'inventory', pipeline: [{$project: {item: {$replaceAll: {input: '$item', find: 1, replacement: 'x'}}}}]}]",
            "error 51745"),
        ["$regexMatch: line"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {result: {$regexMatch: {input: '$description', regex: /line/}}}}, {$project: {result: 1}}]}]",
            "[{_id: 1, result: false}, {_id: 2, result: true}, {_id: 3, result: true}, {_id: 4, result: true}, {_id: 5, result: false}, {_id: 6, result: false}]"),
        ["$regexMatch: i option in the regex and in options"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {a: {$regexMatch: {input: '$description', regex: /line/i}}, b: {$regexMatch: {input: '$description', regex: 'line', options: 'i'}}}}, {$project: {a: 1, b: 1}}]}]",
            "[{_id: 1, a: true, b: true}, {_id: 2, a: true, b: true}, {_id: 3, a: true, b: true}, {_id: 4, a: true, b: true}, {_id: 5, a: false, b: false}, {_id: 6, a: false, b: false}]"),
        ["$regexMatch: m option"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {result: {$regexMatch: {input: '$description', regex: /^s/im}}}}, {$project: {result: 1}}]}]",
            "[{_id: 1, result: true}, {_id: 2, result: true}, {_id: 3, result: false}, {_id: 4, result: false}, {_id: 5, result: false}, {_id: 6, result: false}]"),
        ["$regexMatch: x option"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {returns: {$regexMatch: {input: '$description', regex: 'lin(e|k) # matches line or link', options: 'x'}}}}, {$project: {returns: 1}}]}]",
            "[{_id: 1, returns: false}, {_id: 2, returns: true}, {_id: 3, returns: true}, {_id: 4, returns: true}, {_id: 5, returns: true}, {_id: 6, returns: false}]"),
        ["$regexMatch: s option"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {returns: {$regexMatch: {input: '$description', regex: /m.*line/, options: 'si'}}}}, {$project: {returns: 1}}]}]",
            "[{_id: 1, returns: false}, {_id: 2, returns: false}, {_id: 3, returns: true}, {_id: 4, returns: true}, {_id: 5, returns: false}, {_id: 6, returns: false}]"),
        ["$regexMatch: employee or external"] = new(
            Feedback,
            "[{aggregate: 'feedback', pipeline: [{$addFields: {category: {$cond: {if: {$regexMatch: {input: '$comment', regex: /[a-z0-9_.+-]+@mongodb.com/i}}, then: 'Employee', else: 'External'}}}}, {$project: {category: 1}}]}]",
            "[{_id: 1, category: 'External'}, {_id: 2, category: 'External'}, {_id: 3, category: 'Employee'}, {_id: 4, category: 'Employee'}]"),
        ["$regexMatch: options in both places is an error"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$project: {r: {$regexMatch: {input: '$description', regex: /line/i, options: 's'}}}}]}]",
            "error 51107"),
        ["$regexFind: line"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {returnObject: {$regexFind: {input: '$description', regex: /line/}}}}, {$project: {returnObject: 1}}]}]",
            "[{_id: 1, returnObject: null}, {_id: 2, returnObject: {match: 'line', idx: 6, captures: []}}, {_id: 3, returnObject: {match: 'line', idx: 23, captures: []}}, {_id: 4, returnObject: {match: 'line', idx: 9, captures: []}}, {_id: 5, returnObject: null}, {_id: 6, returnObject: null}]"),
        ["$regexFind: i option"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {returnObject: {$regexFind: {input: '$description', regex: /line/i}}}}, {$project: {returnObject: 1}}]}]",
            "[{_id: 1, returnObject: {match: 'LINE', idx: 7, captures: []}}, {_id: 2, returnObject: {match: 'line', idx: 6, captures: []}}, {_id: 3, returnObject: {match: 'line', idx: 23, captures: []}}, {_id: 4, returnObject: {match: 'line', idx: 9, captures: []}}, {_id: 5, returnObject: null}, {_id: 6, returnObject: null}]"),
        ["$regexFind: code point index after a multibyte character"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$match: {_id: 6}}, {$project: {returnObject: {$regexFind: {input: '$description', regex: /work/}}}}]}]",
            "[{_id: 6, returnObject: {match: 'work', idx: 7, captures: []}}]"),
        ["$regexFind: email from the comment"] = new(
            Feedback,
            "[{aggregate: 'feedback', pipeline: [{$addFields: {email: {$regexFind: {input: '$comment', regex: /[a-z0-9_.+-]+@[a-z0-9_.+-]+\\.[a-z0-9_.+-]+/i}}}}, {$set: {email: '$email.match'}}, {$project: {email: 1}}]}]",
            "[{_id: 1, email: 'aunt.arc.tica@example.com'}, {_id: 2}, {_id: 3, email: 'cam@mongodb.com'}, {_id: 4, email: 'fred@MongoDB.com'}]"),
        ["$regexFindAll: i option"] = new(
            Products,
            "[{aggregate: 'products', pipeline: [{$addFields: {returnObject: {$regexFindAll: {input: '$description', regex: /line/i}}}}, {$project: {returnObject: 1}}]}]",
            "[{_id: 1, returnObject: [{match: 'LINE', idx: 7, captures: []}]}, {_id: 2, returnObject: [{match: 'line', idx: 6, captures: []}, {match: 'line', idx: 19, captures: []}]}, {_id: 3, returnObject: [{match: 'line', idx: 23, captures: []}]}, {_id: 4, returnObject: [{match: 'line', idx: 9, captures: []}]}, {_id: 5, returnObject: []}, {_id: 6, returnObject: []}]"),
        ["$regexFindAll: emails from the comment"] = new(
            Feedback,
            "[{aggregate: 'feedback', pipeline: [{$addFields: {email: {$regexFindAll: {input: '$comment', regex: /[a-z0-9_.+-]+@[a-z0-9_.+-]+\\.[a-z0-9_.+-]+/i}}}}, {$set: {email: '$email.match'}}, {$project: {email: 1}}]}]",
            "[{_id: 1, email: ['aunt.arc.tica@example.com']}, {_id: 2, email: []}, {_id: 3, email: ['cam@mongodb.com', 'c.dia@mongodb.com']}, {_id: 4, email: ['fred@MongoDB.com']}]"),
        ["$regexFindAll: captured groupings give user names"] = new(
            Feedback,
            "[{aggregate: 'feedback', pipeline: [{$addFields: {names: {$regexFindAll: {input: '$comment', regex: /([a-z0-9_.+-]+)@[a-z0-9_.+-]+\\.[a-z0-9_.+-]+/i}}}}, {$set: {names: {$reduce: {input: '$names.captures', initialValue: [], in: {$concatArrays: ['$$value', '$$this']}}}}}, {$project: {names: 1}}]}]",
            "[{_id: 1, names: ['aunt.arc.tica']}, {_id: 2, names: []}, {_id: 3, names: ['cam', 'c.dia']}, {_id: 4, names: ['fred']}]"),
        ["$regexFindAll: a non-string input is an error"] = new(
            "{c: [{_id: 1, v: 5}]}",
            "[{aggregate: 'c', pipeline: [{$project: {r: {$regexFindAll: {input: '$v', regex: /a/}}}}]}]",
            "error 51104"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
