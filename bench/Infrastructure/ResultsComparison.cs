using System.Globalization;

namespace Bench.Infrastructure;

/// <summary>`bench compare A.json B.json`: the figures both runs have, side by side, with the change in our median and in the ratio.</summary>
public static class ResultsComparison
{
    public static int Run(string[] paths)
    {
        if (paths.Length != 2 || !paths.All(File.Exists))
        {
            Console.Error.WriteLine("usage: bench compare A.json B.json (two results files, e.g. from bench/results/)");
            return 2;
        }

        var before = ResultsFile.Load(paths[0]);
        var after = ResultsFile.Load(paths[1]);
        Console.WriteLine($"A: {before.StartedUtc:u} commit {before.Machine.Commit}, load {before.Machine.LoadAverage}");
        Console.WriteLine($"B: {after.StartedUtc:u} commit {after.Machine.Commit}, load {after.Machine.LoadAverage}");
        Console.WriteLine($"{"workload",-40} {"size",10} {"ours A",12} {"ours B",12} {"change",8} {"ratio A",8} {"ratio B",8}");
        var earlier = before.Figures.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        foreach (var figure in after.Figures)
        {
            if (!earlier.TryGetValue(Key(figure), out var old))
            {
                continue;
            }

            // For times a negative change is better; for rates a positive one.
            var change = (figure.Ours - old.Ours) / old.Ours;
            Console.WriteLine($"{figure.Workload,-40} {figure.Size,10} {Report.Format(old.Ours, old.Unit),12} {Report.Format(figure.Ours, figure.Unit),12} {change.ToString("+0%;-0%", CultureInfo.InvariantCulture),8} {Report.ShowRatio(old.Ratio),8} {Report.ShowRatio(figure.Ratio),8}");
        }

        return 0;
    }

    private static string Key(Figure figure) => $"{figure.Suite}|{figure.Workload}|{figure.Size}";
}
