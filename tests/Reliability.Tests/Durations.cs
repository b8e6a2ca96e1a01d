using System.Globalization;

namespace Reliability.Tests;

/// <summary>Test lengths, short by default and longer from the environment (SOAK_SECONDS, CRASH_CYCLES, FUZZ_SECONDS).</summary>
internal static class Durations
{
    public static int FromEnvironment(string name, int fallback)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
