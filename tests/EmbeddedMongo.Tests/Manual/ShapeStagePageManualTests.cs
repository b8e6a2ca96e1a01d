using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// The worked examples of the manual's document-shaping stage pages ($project, $addFields, $set, $unset,
/// $replaceRoot, $replaceWith) and of $count, $sortByCount, $sample, $limit and $skip, beyond
/// <see cref="StageManualTests"/>.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class ShapeStagePageManualTests(MongoTarget target)
{
    private const string Book = "{c: [{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5, lastModified: '2016-07-28'}]}";

    private const string Bookmarks = "{c: [{_id: 1, user: '1234', stop: {title: 'book1', author: 'xyz', page: 32}}, {_id: 2, user: '7890', stop: [{title: 'book2', author: 'abc', page: 5}, {title: 'book3', author: 'ijk', page: 100}]}]}";

    private const string Scores = "{c: [{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0}, {_id: 2, student: 'Ryan', homework: [5, 6, 5], quiz: [8, 8], extraCredit: 8}]}";

    private const string UnsetBooks = "{c: [{_id: 1, title: 'Antelope Antics', isbn: '0001122223334', author: {last: 'An', first: 'Auntie'}, copies: [{warehouse: 'A', qty: 5}, {warehouse: 'B', qty: 15}]}, {_id: 2, title: 'Bees Babble', isbn: '999999999333', author: {last: 'Bumble', first: 'Bee'}, copies: [{warehouse: 'A', qty: 2}, {warehouse: 'B', qty: 5}]}]}";

    private const string Names = "{c: [{_id: 1, name: {first: 'John', last: 'Backus'}}, {_id: 2, name: {first: 'John', last: 'McCarthy'}}, {_id: 3, name: {first: 'Grace', last: 'Hopper'}}, {_id: 4, firstname: 'Ole-Johan', lastname: 'Dahl'}]}";

    private const string People = "{c: [{_id: 1, name: 'Arlene', age: 34, pets: {dogs: 2, cats: 1}}, {_id: 2, name: 'Sam', age: 41, pets: {cats: 1, fish: 3}}, {_id: 3, name: 'Maria', age: 25}]}";

    private const string Students = "{c: [{_id: 1, grades: [{test: 1, grade: 80, mean: 75, std: 6}, {test: 2, grade: 85, mean: 90, std: 4}, {test: 3, grade: 95, mean: 85, std: 6}]}, {_id: 2, grades: [{test: 1, grade: 90, mean: 75, std: 6}, {test: 2, grade: 87, mean: 90, std: 3}, {test: 3, grade: 91, mean: 85, std: 4}]}]}";

    private const string Contacts = "{c: [{_id: 1, first_name: 'Gary', last_name: 'Sheffield', city: 'New York'}, {_id: 2, first_name: 'Nancy', last_name: 'Walker', city: 'Anywhere'}, {_id: 3, first_name: 'Peter', last_name: 'Sumner', city: 'Testville'}]}";

    private const string Emails = "{c: [{_id: 1, name: 'Fred', email: 'fred@example.net'}, {_id: 2, name: 'Frank N. Stine', cell: '012-345-9999'}, {_id: 3, name: 'Gren Dell', home: '987-654-3210', email: 'beo@example.net'}]}";

    private const string Exhibits = "{c: [{_id: 1, title: 'The Pillars of Society', artist: 'Grosz', year: 1926, tags: ['painting', 'satire', 'Expressionism', 'caricature']}, {_id: 2, title: 'Melancholy III', artist: 'Munch', year: 1902, tags: ['woodcut', 'Expressionism']}, {_id: 3, title: 'Dancer', artist: 'Miro', year: 1925, tags: ['oil', 'Surrealism', 'painting']}, {_id: 4, title: 'The Great Wave off Kanagawa', artist: 'Hokusai', tags: ['woodblock', 'ukiyo-e']}, {_id: 5, title: 'The Persistence of Memory', artist: 'Dali', year: 1931, tags: ['Surrealism', 'painting', 'oil']}, {_id: 6, title: 'Composition VII', artist: 'Kandinsky', year: 1913, tags: ['oil', 'painting', 'abstract']}, {_id: 7, title: 'The Scream', artist: 'Munch', year: 1893, tags: ['Expressionism', 'painting', 'oil']}, {_id: 8, title: 'Blue Flower', artist: \"O'Keefe\", year: 1918, tags: ['abstract', 'painting']}]}";

    private const string Users = "{c: [{_id: 1, name: 'dave123', q1: true, q2: true}, {_id: 2, name: 'dave2', q1: false, q2: false}, {_id: 3, name: 'ahn', q1: true, q2: true}, {_id: 4, name: 'li', q1: true, q2: false}, {_id: 5, name: 'annT', q1: false, q2: true}, {_id: 6, name: 'li', q1: true, q2: true}, {_id: 7, name: 'ty', q1: false, q2: true}]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$project: include specific fields"] = new(Book,
            "[{aggregate: 'c', pipeline: [{$project: {title: 1, author: 1}}]}]",
            "[{_id: 1, title: 'abc123', author: {last: 'zzz', first: 'aaa'}}]"),
        ["$project: suppress _id"] = new(Book,
            "[{aggregate: 'c', pipeline: [{$project: {_id: 0, title: 1, author: 1}}]}]",
            "[{title: 'abc123', author: {last: 'zzz', first: 'aaa'}}]"),
        ["$project: exclude fields"] = new(Book,
            "[{aggregate: 'c', pipeline: [{$project: {lastModified: 0}}]}]",
            "[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz', first: 'aaa'}, copies: 5}]"),
        ["$project: exclude fields from embedded documents"] = new(Book,
            "[{aggregate: 'c', pipeline: [{$project: {'author.first': 0, lastModified: 0}}]}]",
            "[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz'}, copies: 5}]"),
        ["$project: exclude embedded fields in nested form"] = new(Book,
            "[{aggregate: 'c', pipeline: [{$project: {author: {first: 0}, lastModified: 0}}]}]",
            "[{_id: 1, title: 'abc123', isbn: '0001122223334', author: {last: 'zzz'}, copies: 5}]"),
        ["$project: include fields from embedded documents"] = new(Bookmarks,
            "[{aggregate: 'c', pipeline: [{$project: {'stop.title': 1}}]}]",
            "[{_id: 1, stop: {title: 'book1'}}, {_id: 2, stop: [{title: 'book2'}, {title: 'book3'}]}]"),
        ["$project: include embedded fields in nested form"] = new(Bookmarks,
            "[{aggregate: 'c', pipeline: [{$project: {stop: {title: 1}}}]}]",
            "[{_id: 1, stop: {title: 'book1'}}, {_id: 2, stop: [{title: 'book2'}, {title: 'book3'}]}]"),
        ["$project: a field path to an array"] = new("{c: [{_id: 0, name: ['Pepperoni']}]}",
            "[{aggregate: 'c', pipeline: [{$project: {x: '$name', _id: 0}}]}]",
            "[{x: ['Pepperoni']}]"),
        ["$project: an array index is not supported in a field path"] = new("{c: [{_id: 0, name: ['Pepperoni']}]}",
            "[{aggregate: 'c', pipeline: [{$project: {x: '$name.0', _id: 0}}]}]",
            "[{x: []}]"),
        ["$set: two stages"] = new(Scores,
            "[{aggregate: 'c', pipeline: [{$set: {totalHomework: {$sum: '$homework'}, totalQuiz: {$sum: '$quiz'}}}, {$set: {totalScore: {$add: ['$totalHomework', '$totalQuiz', '$extraCredit']}}}]}]",
            "[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0, totalHomework: 25, totalQuiz: 18, totalScore: 43}, {_id: 2, student: 'Ryan', homework: [5, 6, 5], quiz: [8, 8], extraCredit: 8, totalHomework: 16, totalQuiz: 16, totalScore: 40}]"),
        ["$set: fields to embedded documents"] = new("{c: [{_id: 1, type: 'car', specs: {doors: 4, wheels: 4}}, {_id: 2, type: 'motorcycle', specs: {doors: 0, wheels: 2}}, {_id: 3, type: 'jet ski'}]}",
            "[{aggregate: 'c', pipeline: [{$set: {'specs.fuel_type': 'unleaded'}}]}]",
            "[{_id: 1, type: 'car', specs: {doors: 4, wheels: 4, fuel_type: 'unleaded'}}, {_id: 2, type: 'motorcycle', specs: {doors: 0, wheels: 2, fuel_type: 'unleaded'}}, {_id: 3, type: 'jet ski', specs: {fuel_type: 'unleaded'}}]"),
        ["$set: overwrite an existing field"] = new("{c: [{_id: 1, dogs: 10, cats: 15}]}",
            "[{aggregate: 'c', pipeline: [{$set: {cats: 20}}]}]",
            "[{_id: 1, dogs: 10, cats: 20}]"),
        ["$set: replace _id with another field"] = new("{c: [{_id: 1, item: 'tangerine', type: 'citrus'}, {_id: 2, item: 'lemon', type: 'citrus'}, {_id: 3, item: 'grapefruit', type: 'citrus'}]}",
            "[{aggregate: 'c', pipeline: [{$set: {_id: '$item', item: 'fruit'}}]}]",
            "[{_id: 'tangerine', item: 'fruit', type: 'citrus'}, {_id: 'lemon', item: 'fruit', type: 'citrus'}, {_id: 'grapefruit', item: 'fruit', type: 'citrus'}]"),
        ["$set: add element to an array"] = new(Scores,
            "[{aggregate: 'c', pipeline: [{$match: {_id: 1}}, {$set: {homework: {$concatArrays: ['$homework', [7]]}}}]}]",
            "[{_id: 1, student: 'Maya', homework: [10, 5, 10, 7], quiz: [10, 8], extraCredit: 0}]"),
        ["$set: new field from existing fields"] = new(Scores,
            "[{aggregate: 'c', pipeline: [{$set: {quizAverage: {$avg: '$quiz'}}}]}]",
            "[{_id: 1, student: 'Maya', homework: [10, 5, 10], quiz: [10, 8], extraCredit: 0, quizAverage: 9.0}, {_id: 2, student: 'Ryan', homework: [5, 6, 5], quiz: [8, 8], extraCredit: 8, quizAverage: 8.0}]"),
        ["$addFields: overwrite an existing field"] = new("{c: [{_id: 1, dogs: 10, cats: 15}]}",
            "[{aggregate: 'c', pipeline: [{$addFields: {cats: 20}}]}]",
            "[{_id: 1, dogs: 10, cats: 20}]"),
        ["$addFields: add element to an array"] = new(Scores,
            "[{aggregate: 'c', pipeline: [{$match: {_id: 1}}, {$addFields: {homework: {$concatArrays: ['$homework', [7]]}}}]}]",
            "[{_id: 1, student: 'Maya', homework: [10, 5, 10, 7], quiz: [10, 8], extraCredit: 0}]"),
        ["$addFields: remove a field with $$REMOVE"] = new("{c: [{_id: 1, date: ISODate('2024-10-09'), temperature: 80}, {_id: 2, date: null, temperature: 83}, {_id: 3, date: ISODate('2024-12-09'), temperature: 85}]}",
            "[{aggregate: 'c', pipeline: [{$addFields: {date: {$ifNull: ['$date', '$$REMOVE']}}}]}]",
            "[{_id: 1, date: ISODate('2024-10-09'), temperature: 80}, {_id: 2, temperature: 83}, {_id: 3, date: ISODate('2024-12-09'), temperature: 85}]"),
        ["$unset: a single field"] = new(UnsetBooks,
            "[{aggregate: 'c', pipeline: [{$unset: 'copies'}]}]",
            "[{_id: 1, title: 'Antelope Antics', isbn: '0001122223334', author: {last: 'An', first: 'Auntie'}}, {_id: 2, title: 'Bees Babble', isbn: '999999999333', author: {last: 'Bumble', first: 'Bee'}}]"),
        ["$unset: top-level fields"] = new(UnsetBooks,
            "[{aggregate: 'c', pipeline: [{$unset: ['isbn', 'copies']}]}]",
            "[{_id: 1, title: 'Antelope Antics', author: {last: 'An', first: 'Auntie'}}, {_id: 2, title: 'Bees Babble', author: {last: 'Bumble', first: 'Bee'}}]"),
        ["$unset: embedded fields"] = new(UnsetBooks,
            "[{aggregate: 'c', pipeline: [{$unset: ['isbn', 'author.first', 'copies.warehouse']}]}]",
            "[{_id: 1, title: 'Antelope Antics', author: {last: 'An'}, copies: [{qty: 5}, {qty: 15}]}, {_id: 2, title: 'Bees Babble', author: {last: 'Bumble'}, copies: [{qty: 2}, {qty: 5}]}]"),
        ["$replaceRoot: $ifNull for a missing document"] = new(Names,
            "[{aggregate: 'c', pipeline: [{$replaceRoot: {newRoot: {$ifNull: ['$name', {_id: '$_id', missingName: true}]}}}]}]",
            "[{first: 'John', last: 'Backus'}, {first: 'John', last: 'McCarthy'}, {first: 'Grace', last: 'Hopper'}, {_id: 4, missingName: true}]"),
        ["$replaceRoot: only documents whose field is a document"] = new(Names,
            "[{aggregate: 'c', pipeline: [{$match: {name: {$exists: true, $not: {$type: 'array'}, $type: 'object'}}}, {$replaceRoot: {newRoot: '$name'}}]}]",
            "[{first: 'John', last: 'Backus'}, {first: 'John', last: 'McCarthy'}, {first: 'Grace', last: 'Hopper'}]"),
        ["$replaceRoot: an embedded document field"] = new(People,
            "[{aggregate: 'c', pipeline: [{$replaceRoot: {newRoot: {$mergeObjects: [{dogs: 0, cats: 0, birds: 0, fish: 0}, '$pets']}}}]}]",
            "[{dogs: 2, cats: 1, birds: 0, fish: 0}, {dogs: 0, cats: 1, birds: 0, fish: 3}, {dogs: 0, cats: 0, birds: 0, fish: 0}]"),
        ["$replaceRoot: a document nested in an array"] = new(Students,
            "[{aggregate: 'c', pipeline: [{$unwind: '$grades'}, {$match: {'grades.grade': {$gte: 90}}}, {$replaceRoot: {newRoot: '$grades'}}]}]",
            "[{test: 3, grade: 95, mean: 85, std: 6}, {test: 1, grade: 90, mean: 75, std: 6}, {test: 3, grade: 91, mean: 85, std: 4}]"),
        ["$replaceRoot: a newly created document"] = new(Contacts,
            "[{aggregate: 'c', pipeline: [{$replaceRoot: {newRoot: {full_name: {$concat: ['$first_name', ' ', '$last_name']}}}}]}]",
            "[{full_name: 'Gary Sheffield'}, {full_name: 'Nancy Walker'}, {full_name: 'Peter Sumner'}]"),
        ["$replaceRoot: a new document from $$ROOT and a default document"] = new(Emails,
            "[{aggregate: 'c', pipeline: [{$replaceRoot: {newRoot: {$mergeObjects: [{_id: '', name: '', email: '', cell: '', home: ''}, '$$ROOT']}}}]}]",
            "[{_id: 1, name: 'Fred', email: 'fred@example.net', cell: '', home: ''}, {_id: 2, name: 'Frank N. Stine', email: '', cell: '012-345-9999', home: ''}, {_id: 3, name: 'Gren Dell', email: 'beo@example.net', cell: '', home: '987-654-3210'}]"),
        ["$replaceWith: an embedded document field"] = new(People,
            "[{aggregate: 'c', pipeline: [{$replaceWith: {$mergeObjects: [{dogs: 0, cats: 0, birds: 0, fish: 0}, '$pets']}}]}]",
            "[{dogs: 2, cats: 1, birds: 0, fish: 0}, {dogs: 0, cats: 1, birds: 0, fish: 3}, {dogs: 0, cats: 0, birds: 0, fish: 0}]"),
        ["$replaceWith: a document nested in an array"] = new(Students,
            "[{aggregate: 'c', pipeline: [{$unwind: '$grades'}, {$match: {'grades.grade': {$gte: 90}}}, {$replaceWith: '$grades'}]}]",
            "[{test: 3, grade: 95, mean: 85, std: 6}, {test: 1, grade: 90, mean: 75, std: 6}, {test: 3, grade: 91, mean: 85, std: 4}]"),

        // The page's sales example adds asofDate: '$$NOW', so only its shape is checked here, without that field.
        ["$replaceWith: a newly created document"] = new("{c: [{_id: 1, item: 'butter', price: 10, quantity: 2, date: ISODate('2019-03-01T08:00:00Z'), status: 'C'}, {_id: 2, item: 'cream', price: 20, quantity: 1, date: ISODate('2019-03-01T10:00:00Z'), status: 'A'}, {_id: 3, item: 'jam', price: 5, quantity: 10, date: ISODate('2019-03-15T09:00:00Z'), status: 'C'}, {_id: 4, item: 'muffins', price: 5, quantity: 10, date: ISODate('2019-03-15T09:00:00Z'), status: 'C'}]}",
            "[{aggregate: 'c', pipeline: [{$match: {status: 'C'}}, {$replaceWith: {_id: '$_id', item: '$item', amount: {$multiply: ['$price', '$quantity']}, status: 'Complete'}}]}]",
            "[{_id: 1, item: 'butter', amount: 20, status: 'Complete'}, {_id: 3, item: 'jam', amount: 50, status: 'Complete'}, {_id: 4, item: 'muffins', amount: 50, status: 'Complete'}]"),
        ["$replaceWith: a new document from $$ROOT and a default document"] = new(Emails,
            "[{aggregate: 'c', pipeline: [{$replaceWith: {$mergeObjects: [{_id: '', name: '', email: '', cell: '', home: ''}, '$$ROOT']}}]}]",
            "[{_id: 1, name: 'Fred', email: 'fred@example.net', cell: '', home: ''}, {_id: 2, name: 'Frank N. Stine', email: '', cell: '012-345-9999', home: ''}, {_id: 3, name: 'Gren Dell', email: 'beo@example.net', cell: '', home: '987-654-3210'}]"),
        ["$sortByCount: exhibits by tag"] = new(Exhibits,
            "[{aggregate: 'c', pipeline: [{$unwind: '$tags'}, {$sortByCount: '$tags'}, {$sort: {count: -1, _id: 1}}]}]",
            "[{_id: 'painting', count: 6}, {_id: 'oil', count: 4}, {_id: 'Expressionism', count: 3}, {_id: 'Surrealism', count: 2}, {_id: 'abstract', count: 2}, {_id: 'caricature', count: 1}, {_id: 'satire', count: 1}, {_id: 'ukiyo-e', count: 1}, {_id: 'woodblock', count: 1}, {_id: 'woodcut', count: 1}]"),

        // $sample picks at random: the page's three users are checked by count and distinctness only.
        ["$sample: three documents"] = new(Users,
            "[{aggregate: 'c', pipeline: [{$sample: {size: 3}}, {$group: {_id: null, n: {$sum: 1}, ids: {$addToSet: '$_id'}, names: {$addToSet: {$type: '$name'}}}}, {$project: {_id: 0, n: 1, distinct: {$size: '$ids'}, names: 1}}]}]",
            "[{n: 3, names: ['string'], distinct: 3}]"),
        ["$limit: five documents"] = new(Users,
            "[{aggregate: 'c', pipeline: [{$limit: 5}, {$count: 'n'}]}]",
            "[{n: 5}]"),
        ["$skip: five documents"] = new(Users,
            "[{aggregate: 'c', pipeline: [{$skip: 5}]}]",
            "[{_id: 6, name: 'li', q1: true, q2: true}, {_id: 7, name: 'ty', q1: false, q2: true}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
