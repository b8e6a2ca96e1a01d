using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>The longer worked examples of the manual's $regexFind and $regexFindAll pages (arrays of strings, captured groups).</summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ExpressionPageRegexManualTests(MongoTarget target)
{
    private const string Contacts = "{contacts: [{_id: 1, name: 'Aunt Arc Tikka', details: ['+672-19-9999', 'aunt.arc.tica@example.com']}, {_id: 2, name: 'Belle Gium', details: ['+32-2-111-11-11', 'belle.gium@example.com']}, {_id: 3, name: 'Cam Bo Dia', details: ['+855-012-000-0000', 'cam.bo.dia@example.com']}, {_id: 4, name: 'Fred', details: ['+1-111-222-3333']}]}";

    private const string Employees = "{employees: [{_id: 1, name: 'Aunt Arc Tikka', email: 'aunt.tica@example.com'}, {_id: 2, name: 'Belle Gium', email: 'belle.gium@example.com'}, {_id: 3, name: 'Cam Bo Dia', email: 'cam.dia@example.com'}, {_id: 4, name: 'Fred'}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$regexFind: string elements of an array"] = new(
            Contacts,
            "[{aggregate: 'contacts', pipeline: [{$unwind: '$details'}, {$addFields: {regexemail: {$regexFind: {input: '$details', regex: /^[a-z0-9_.+-]+@[a-z0-9_.+-]+\\.[a-z0-9_.+-]+$/, options: 'i'}}, regexphone: {$regexFind: {input: '$details', regex: /^[+]{0,1}[0-9]*\\-?[0-9_\\-]+$/}}}}, {$project: {_id: 1, name: 1, details: {email: '$regexemail.match', phone: '$regexphone.match'}}}, {$group: {_id: '$_id', name: {$first: '$name'}, details: {$mergeObjects: '$details'}}}, {$sort: {_id: 1}}]}]",
            "[{_id: 1, name: 'Aunt Arc Tikka', details: {phone: '+672-19-9999', email: 'aunt.arc.tica@example.com'}}, {_id: 2, name: 'Belle Gium', details: {phone: '+32-2-111-11-11', email: 'belle.gium@example.com'}}, {_id: 3, name: 'Cam Bo Dia', details: {phone: '+855-012-000-0000', email: 'cam.bo.dia@example.com'}}, {_id: 4, name: 'Fred', details: {phone: '+1-111-222-3333'}}]"),
        ["$regexFind: captured grouping gives the user name"] = new(
            Employees,
            "[{aggregate: 'employees', pipeline: [{$addFields: {username: {$regexFind: {input: '$email', regex: /^([a-z0-9_.+-]+)@[a-z0-9_.+-]+\\.[a-z0-9_.+-]+$/, options: 'i'}}}}, {$set: {username: {$arrayElemAt: ['$username.captures', 0]}}}]}]",
            "[{_id: 1, name: 'Aunt Arc Tikka', email: 'aunt.tica@example.com', username: 'aunt.tica'}, {_id: 2, name: 'Belle Gium', email: 'belle.gium@example.com', username: 'belle.gium'}, {_id: 3, name: 'Cam Bo Dia', email: 'cam.dia@example.com', username: 'cam.dia'}, {_id: 4, name: 'Fred', username: null}]"),
        ["$regexFindAll: string elements of an array"] = new(
            Contacts,
            "[{aggregate: 'contacts', pipeline: [{$unwind: '$details'}, {$addFields: {regexemail: {$regexFindAll: {input: '$details', regex: /^[a-z0-9_.+-]+@[a-z0-9_.+-]+\\.[a-z0-9_.+-]+$/, options: 'i'}}}}, {$match: {_id: 4}}, {$project: {_id: 0, regexemail: 1}}]}]",
            "[{regexemail: []}]"),
        ["$regexFind: a non-string regex is an error"] = new(
            Employees,
            "[{aggregate: 'employees', pipeline: [{$project: {r: {$regexFind: {input: '$email', regex: 5}}}}]}]",
            "error 51105"),
        ["$regexFind: an unknown option is an error"] = new(
            Employees,
            "[{aggregate: 'employees', pipeline: [{$project: {r: {$regexFind: {input: '$email', regex: 'a', options: 'q'}}}}]}]",
            "error 51108"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
