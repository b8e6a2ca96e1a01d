using EmbeddedMongo.Commands;
using MongoDB.Bson;

namespace EmbeddedMongo.Query.Matching;

/// <summary>
/// $geoWithin, which needs no geospatial index: points (legacy [x, y] pairs, {x, y} documents or
/// GeoJSON Points) inside a $box, $polygon or $center (flat geometry), a $centerSphere (radians on
/// the sphere), or a GeoJSON Polygon/MultiPolygon given with $geometry. Boundaries count as inside.
/// GeoJSON polygons are tested with straight edges in longitude/latitude, which matches the
/// server's geodesic edges for the small shapes of the manual's examples.
/// </summary>
public sealed class GeoWithinPredicate : ValuePredicate
{
    private readonly Func<double, double, bool> inside;

    private GeoWithinPredicate(Func<double, double, bool> inside) => this.inside = inside;

    public override bool ExpandsLeafArrays => false;

    public static GeoWithinPredicate Parse(BsonValue argument)
    {
        if (argument is not BsonDocument { ElementCount: 1 } spec)
        {
            throw Errors.BadValue($"$geoWithin not supported with provided geometry: {argument}");
        }

        var shape = spec.GetElement(0);
        return shape.Name switch
        {
            "$box" when Points(shape.Value) is [var low, var high] => new((x, y) => x >= low.X && x <= high.X && y >= low.Y && y <= high.Y),
            "$polygon" when Points(shape.Value) is { Count: >= 3 } ring => new((x, y) => InRing(ring, x, y)),
            "$center" when Circle(shape.Value) is var (center, radius) && radius >= 0 =>
                new((x, y) => Math.Sqrt(((x - center.X) * (x - center.X)) + ((y - center.Y) * (y - center.Y))) <= radius),
            "$centerSphere" when Circle(shape.Value) is var (center, radius) && radius >= 0 =>
                new((x, y) => Haversine(center.X, center.Y, x, y) <= radius),
            "$geometry" => ParseGeometry(shape.Value),
            _ => throw Errors.BadValue($"$geoWithin not supported with provided geometry: {argument}"),
        };
    }

    /// <summary>[[x, y], radius], or a negative radius when malformed.</summary>
    private static ((double X, double Y) Center, double Radius) Circle(BsonValue value)
        => value is BsonArray { Count: 2 } pair && Point(pair[0]) is { } center && BsonOrder.IsNumber(pair[1])
            ? (center, Numeric.ToDouble(pair[1]))
            : ((0, 0), -1);

    public override bool Test(BsonValue? value)
    {
        if (Point(value) is { } point)
        {
            return inside(point.X, point.Y);
        }

        // An array of locations: any of them inside.
        return value is BsonArray many && many.Any(v => Point(v) is { } p && inside(p.X, p.Y));
    }

    private static GeoWithinPredicate ParseGeometry(BsonValue geometry)
    {
        if (geometry is BsonDocument document && document.GetValue("coordinates", BsonNull.Value) is BsonArray coordinates)
        {
            switch (document.GetValue("type", BsonNull.Value).ToString())
            {
                case "Polygon":
                    var rings = coordinates.Select(Points).ToList();
                    return new((x, y) => InPolygon(rings, x, y));
                case "MultiPolygon":
                    var polygons = coordinates.Select(p => p.AsBsonArray.Select(Points).ToList()).ToList();
                    return new((x, y) => polygons.Any(rings => InPolygon(rings, x, y)));
            }
        }

        throw Errors.BadValue($"$geoWithin not supported with provided geometry: {{ $geometry: {geometry} }}");
    }

    /// <summary>Inside the outer ring and outside every hole.</summary>
    private static bool InPolygon(List<List<(double X, double Y)>> rings, double x, double y)
        => rings.Count > 0 && InRing(rings[0], x, y) && !rings.Skip(1).Any(hole => InRing(hole, x, y) && !OnEdge(hole, x, y));

    private static bool InRing(List<(double X, double Y)> ring, double x, double y)
    {
        if (OnEdge(ring, x, y))
        {
            return true;
        }

        var inside = false;
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static bool OnEdge(List<(double X, double Y)> ring, double x, double y)
    {
        for (int i = 0, j = ring.Count - 1; i < ring.Count; j = i++)
        {
            var (xi, yi) = ring[i];
            var (xj, yj) = ring[j];
            var cross = ((xj - xi) * (y - yi)) - ((yj - yi) * (x - xi));
            if (Math.Abs(cross) < 1e-12 && x >= Math.Min(xi, xj) && x <= Math.Max(xi, xj) && y >= Math.Min(yi, yj) && y <= Math.Max(yi, yj))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The central angle in radians between two longitude/latitude points.</summary>
    private static double Haversine(double lng1, double lat1, double lng2, double lat2)
    {
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(lat2 - lat1);
        var dLng = Radians(lng2 - lng1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static List<(double X, double Y)> Points(BsonValue value)
        => value is BsonArray array ? array.Select(p => Point(p) ?? throw Errors.BadValue($"Point must be an array or object, instead got: {p}")).ToList() : [];

    /// <summary>A location: [x, y], a document whose first two values are numbers, or a GeoJSON Point.</summary>
    private static (double X, double Y)? Point(BsonValue? value)
    {
        if (value is BsonDocument { } geo && geo.GetValue("type", BsonNull.Value) is BsonString { Value: "Point" } && geo.GetValue("coordinates", BsonNull.Value) is BsonArray coordinates)
        {
            return Point(coordinates);
        }

        var values = value switch
        {
            BsonArray a => a.Take(2).ToList(),
            BsonDocument d => d.Values.Take(2).ToList(),
            _ => [],
        };
        return values is [var x, var y] && BsonOrder.IsNumber(x) && BsonOrder.IsNumber(y) ? (Numeric.ToDouble(x), Numeric.ToDouble(y)) : null;
    }
}
