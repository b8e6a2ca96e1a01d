using System.Globalization;
using Reliability;
using Reliability.Crash;
using Reliability.Fuzz;
using Reliability.Soak;

// reliability [--soak-seconds S] [--soak-clients N] [--crash-cycles N] [--crash-clients N] [--crash-load-seconds S] [--fuzz-seconds S]
// Runs the scenarios and prints the README's reliability table (markdown) on stdout; progress on stderr.
var arguments = Arguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine("usage: reliability [--soak-seconds S] [--soak-clients N] [--crash-cycles N] [--crash-clients N] [--crash-load-seconds S] [--fuzz-seconds S]");
    return 2;
}

var fuzz = await FuzzScenario.RunAsync(TimeSpan.FromSeconds(arguments.Int("fuzz-seconds", 30)));
Console.Error.WriteLine($"fuzz: {fuzz.MutatedMessages} mutated messages, {fuzz.MalformedCases} malformed cases");

var soak = await SoakScenario.RunAsync(new SoakOptions
{
    Duration = TimeSpan.FromSeconds(arguments.Int("soak-seconds", 60)),
    Clients = arguments.Int("soak-clients", 16),
    Log = Console.Error.WriteLine,
});

var crash = await CrashScenario.RunAsync(new CrashOptions
{
    Cycles = arguments.Int("crash-cycles", 5),
    Clients = arguments.Int("crash-clients", 6),
    MaxLoad = TimeSpan.FromSeconds(arguments.Int("crash-load-seconds", 3)),
    Log = Console.Error.WriteLine,
});

Console.WriteLine(ResultsTable.Render(soak, crash, fuzz));
var problems = soak.Problems.Concat(crash.Problems).Concat(fuzz.Problems).ToList();
foreach (var problem in problems)
{
    Console.Error.WriteLine("PROBLEM: " + problem);
}

return problems.Count == 0 ? 0 : 1;

namespace Reliability
{
    /// <summary>--name value pairs.</summary>
    internal sealed class Arguments(Dictionary<string, string> values)
    {
        public static Arguments? Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i += 2)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    return null;
                }

                values[args[i][2..]] = args[i + 1];
            }

            return new Arguments(values);
        }

        public int Int(string name, int fallback) => values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
    }
}
