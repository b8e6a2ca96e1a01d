using EmbeddedMongo.Tests.Infrastructure;

namespace EmbeddedMongo.Tests.Manual;

/// <summary>
/// More worked examples of the manual's stage pages ($bucket, $bucketAuto, $facet, $group...), beyond
/// <see cref="StageManualTests"/>. Where the manual leaves the output order open, the pipeline ends with a $sort.
/// </summary>
[Collection(MongoCollectionDefinition.Name)]
public sealed class StagePageManualTests(MongoTarget target)
{
    private const string Artists = "{c: [{_id: 1, last_name: 'Bernard', first_name: 'Emil', year_born: 1868, year_died: 1941, nationality: 'France'}, {_id: 2, last_name: 'Rippl-Ronai', first_name: 'Joszef', year_born: 1861, year_died: 1927, nationality: 'Hungary'}, {_id: 3, last_name: 'Ostroumova', first_name: 'Anna', year_born: 1871, year_died: 1955, nationality: 'Russia'}, {_id: 4, last_name: 'Van Gogh', first_name: 'Vincent', year_born: 1853, year_died: 1890, nationality: 'Holland'}, {_id: 5, last_name: 'Maurer', first_name: 'Alfred', year_born: 1868, year_died: 1932, nationality: 'USA'}, {_id: 6, last_name: 'Munch', first_name: 'Edvard', year_born: 1863, year_died: 1944, nationality: 'Norway'}, {_id: 7, last_name: 'Redon', first_name: 'Odilon', year_born: 1840, year_died: 1916, nationality: 'France'}, {_id: 8, last_name: 'Diriks', first_name: 'Edvard', year_born: 1855, year_died: 1930, nationality: 'Norway'}]}";

    private const string BucketArtwork = "{c: [{_id: 1, title: 'The Pillars of Society', artist: 'Grosz', year: 1926, price: NumberDecimal('199.99')}, {_id: 2, title: 'Melancholy III', artist: 'Munch', year: 1902, price: NumberDecimal('280.00')}, {_id: 3, title: 'Dancer', artist: 'Miro', year: 1925, price: NumberDecimal('76.04')}, {_id: 4, title: 'The Great Wave off Kanagawa', artist: 'Hokusai', price: NumberDecimal('167.30')}, {_id: 5, title: 'The Persistence of Memory', artist: 'Dali', year: 1931, price: NumberDecimal('483.00')}, {_id: 6, title: 'Composition VII', artist: 'Kandinsky', year: 1913, price: NumberDecimal('385.00')}, {_id: 7, title: 'The Scream', artist: 'Munch', year: 1893}, {_id: 8, title: 'Blue Flower', artist: \"O'Keefe\", year: 1918, price: NumberDecimal('118.42')}]}";

    private const string AutoArtwork = "{c: [{_id: 1, title: 'The Pillars of Society', artist: 'Grosz', year: 1926, price: NumberDecimal('199.99'), dimensions: {height: 39, width: 21, units: 'in'}}, {_id: 2, title: 'Melancholy III', artist: 'Munch', year: 1902, price: NumberDecimal('280.00'), dimensions: {height: 49, width: 32, units: 'in'}}, {_id: 3, title: 'Dancer', artist: 'Miro', year: 1925, price: NumberDecimal('76.04'), dimensions: {height: 25, width: 20, units: 'in'}}, {_id: 4, title: 'The Great Wave off Kanagawa', artist: 'Hokusai', price: NumberDecimal('167.30'), dimensions: {height: 24, width: 36, units: 'in'}}, {_id: 5, title: 'The Persistence of Memory', artist: 'Dali', year: 1931, price: NumberDecimal('483.00'), dimensions: {height: 20, width: 24, units: 'in'}}, {_id: 6, title: 'Composition VII', artist: 'Kandinsky', year: 1913, price: NumberDecimal('385.00'), dimensions: {height: 30, width: 46, units: 'in'}}, {_id: 7, title: 'The Scream', artist: 'Munch', price: NumberDecimal('159.00'), dimensions: {height: 24, width: 18, units: 'in'}}, {_id: 8, title: 'Blue Flower', artist: \"O'Keefe\", year: 1918, price: NumberDecimal('118.42'), dimensions: {height: 24, width: 20, units: 'in'}}]}";

    private const string AutoPriceBuckets = "[{_id: {min: NumberDecimal('76.04'), max: NumberDecimal('159.00')}, count: 2}, {_id: {min: NumberDecimal('159.00'), max: NumberDecimal('199.99')}, count: 2}, {_id: {min: NumberDecimal('199.99'), max: NumberDecimal('385.00')}, count: 2}, {_id: {min: NumberDecimal('385.00'), max: NumberDecimal('483.00')}, count: 2}]";

    // The granularity table's collection: the results (first bucket {min: 0, max: 20}, 20 documents) show _id 0 to 99.
    private static readonly string Things = "{c: [" + string.Join(", ", Enumerable.Range(0, 100).Select(i => $"{{_id: {i}}}")) + "]}";

    private static readonly Dictionary<string, ManualCase> Table = new()
    {
        ["$bucket: bucket by year and filter by bucket results"] = new(Artists,
            "[{aggregate: 'c', pipeline: [{$bucket: {groupBy: '$year_born', boundaries: [1840, 1850, 1860, 1870, 1880], default: 'Other', output: {count: {$sum: 1}, artists: {$push: {name: {$concat: ['$first_name', ' ', '$last_name']}, year_born: '$year_born'}}}}}, {$match: {count: {$gt: 3}}}]}]",
            "[{_id: 1860, count: 4, artists: [{name: 'Emil Bernard', year_born: 1868}, {name: 'Joszef Rippl-Ronai', year_born: 1861}, {name: 'Alfred Maurer', year_born: 1868}, {name: 'Edvard Munch', year_born: 1863}]}]"),
        ["$bucket: first stage output"] = new(Artists,
            "[{aggregate: 'c', pipeline: [{$bucket: {groupBy: '$year_born', boundaries: [1840, 1850, 1860, 1870, 1880], default: 'Other', output: {count: {$sum: 1}, artists: {$push: {name: {$concat: ['$first_name', ' ', '$last_name']}, year_born: '$year_born'}}}}}]}]",
            "[{_id: 1840, count: 1, artists: [{name: 'Odilon Redon', year_born: 1840}]}, {_id: 1850, count: 2, artists: [{name: 'Vincent Van Gogh', year_born: 1853}, {name: 'Edvard Diriks', year_born: 1855}]}, {_id: 1860, count: 4, artists: [{name: 'Emil Bernard', year_born: 1868}, {name: 'Joszef Rippl-Ronai', year_born: 1861}, {name: 'Alfred Maurer', year_born: 1868}, {name: 'Edvard Munch', year_born: 1863}]}, {_id: 1870, count: 1, artists: [{name: 'Anna Ostroumova', year_born: 1871}]}]"),
        ["$bucket: two groupings in a $facet"] = new(BucketArtwork,
            "[{aggregate: 'c', pipeline: [{$facet: {price: [{$bucket: {groupBy: '$price', boundaries: [0, 200, 400], default: 'Other', output: {count: {$sum: 1}, artwork: {$push: {title: '$title', price: '$price'}}, averagePrice: {$avg: '$price'}}}}], year: [{$bucket: {groupBy: '$year', boundaries: [1890, 1910, 1920, 1940], default: 'Unknown', output: {count: {$sum: 1}, artwork: {$push: {title: '$title', year: '$year'}}}}}]}}]}]",
            "[{price: [{_id: 0, count: 4, artwork: [{title: 'The Pillars of Society', price: NumberDecimal('199.99')}, {title: 'Dancer', price: NumberDecimal('76.04')}, {title: 'The Great Wave off Kanagawa', price: NumberDecimal('167.30')}, {title: 'Blue Flower', price: NumberDecimal('118.42')}], averagePrice: NumberDecimal('140.4375')}, {_id: 200, count: 2, artwork: [{title: 'Melancholy III', price: NumberDecimal('280.00')}, {title: 'Composition VII', price: NumberDecimal('385.00')}], averagePrice: NumberDecimal('332.50')}, {_id: 'Other', count: 2, artwork: [{title: 'The Persistence of Memory', price: NumberDecimal('483.00')}, {title: 'The Scream'}], averagePrice: NumberDecimal('483.00')}], year: [{_id: 1890, count: 2, artwork: [{title: 'Melancholy III', year: 1902}, {title: 'The Scream', year: 1893}]}, {_id: 1910, count: 2, artwork: [{title: 'Composition VII', year: 1913}, {title: 'Blue Flower', year: 1918}]}, {_id: 1920, count: 3, artwork: [{title: 'The Pillars of Society', year: 1926}, {title: 'Dancer', year: 1925}, {title: 'The Persistence of Memory', year: 1931}]}, {_id: 'Unknown', count: 1, artwork: [{title: 'The Great Wave off Kanagawa'}]}]}]"),
        ["$bucketAuto: single facet by price"] = new(AutoArtwork,
            "[{aggregate: 'c', pipeline: [{$bucketAuto: {groupBy: '$price', buckets: 4}}]}]",
            AutoPriceBuckets),
        ["$bucketAuto: multi-faceted aggregation"] = new(AutoArtwork,
            "[{aggregate: 'c', pipeline: [{$facet: {price: [{$bucketAuto: {groupBy: '$price', buckets: 4}}], year: [{$bucketAuto: {groupBy: '$year', buckets: 3, output: {count: {$sum: 1}, years: {$push: '$year'}}}}], area: [{$bucketAuto: {groupBy: {$multiply: ['$dimensions.height', '$dimensions.width']}, buckets: 4, output: {count: {$sum: 1}, titles: {$push: '$title'}}}}]}}]}]",
            "[{price: " + AutoPriceBuckets + ", year: [{_id: {min: null, max: 1913}, count: 3, years: [1902]}, {_id: {min: 1913, max: 1926}, count: 3, years: [1913, 1918, 1925]}, {_id: {min: 1926, max: 1931}, count: 2, years: [1926, 1931]}], area: [{_id: {min: 432, max: 500}, count: 3, titles: ['The Scream', 'The Persistence of Memory', 'Blue Flower']}, {_id: {min: 500, max: 864}, count: 2, titles: ['Dancer', 'The Pillars of Society']}, {_id: {min: 864, max: 1568}, count: 2, titles: ['The Great Wave off Kanagawa', 'Composition VII']}, {_id: {min: 1568, max: 1568}, count: 1, titles: ['Melancholy III']}]}]"),
        ["$bucketAuto: no granularity"] = new(Things,
            "[{aggregate: 'c', pipeline: [{$bucketAuto: {groupBy: '$_id', buckets: 5}}]}]",
            "[{_id: {min: 0, max: 20}, count: 20}, {_id: {min: 20, max: 40}, count: 20}, {_id: {min: 40, max: 60}, count: 20}, {_id: {min: 60, max: 80}, count: 20}, {_id: {min: 80, max: 99}, count: 20}]"),
        ["$bucketAuto: granularity R20"] = new(Things,
            "[{aggregate: 'c', pipeline: [{$bucketAuto: {groupBy: '$_id', buckets: 5, granularity: 'R20'}}]}]",
            "[{_id: {min: 0, max: 20.0}, count: 20}, {_id: {min: 20.0, max: 40.0}, count: 20}, {_id: {min: 40.0, max: 63.0}, count: 23}, {_id: {min: 63.0, max: 90.0}, count: 27}, {_id: {min: 90.0, max: 100.0}, count: 10}]"),
        ["$bucketAuto: granularity E24"] = new(Things,
            "[{aggregate: 'c', pipeline: [{$bucketAuto: {groupBy: '$_id', buckets: 5, granularity: 'E24'}}]}]",
            "[{_id: {min: 0, max: 20.0}, count: 20}, {_id: {min: 20.0, max: 43.0}, count: 23}, {_id: {min: 43.0, max: 68.0}, count: 25}, {_id: {min: 68.0, max: 91.0}, count: 23}, {_id: {min: 91.0, max: 100.0}, count: 9}]"),
        ["$bucketAuto: granularity 1-2-5"] = new(Things,
            "[{aggregate: 'c', pipeline: [{$bucketAuto: {groupBy: '$_id', buckets: 5, granularity: '1-2-5'}}]}]",
            "[{_id: {min: 0, max: 20.0}, count: 20}, {_id: {min: 20.0, max: 50.0}, count: 30}, {_id: {min: 50.0, max: 100.0}, count: 50}]"),
        ["$bucketAuto: granularity POWERSOF2"] = new(Things,
            "[{aggregate: 'c', pipeline: [{$bucketAuto: {groupBy: '$_id', buckets: 5, granularity: 'POWERSOF2'}}]}]",
            "[{_id: {min: 0, max: 32}, count: 32}, {_id: {min: 32, max: 64}, count: 32}, {_id: {min: 64, max: 128}, count: 36}]"),
    };

    public static TheoryData<string> Cases => ManualRunner.Names(Table);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Manual_example_gives_the_documented_result(string page) => ManualRunner.RunAsync(target, Table[page]);
}
