using ShopAnalytics.Data.Import;

namespace ShopCli.Infrastructure;

/// <summary>Prints what an import left out: the count, then the first few rows with file, line and reason.</summary>
public static class ImportSummary
{
    public static void PrintSkipped(ImportReport report)
    {
        if (report.Skipped == 0)
        {
            return;
        }

        Console.WriteLine($"{report.Summary()}; the first {report.FirstProblems.Count}:");
        foreach (var problem in report.FirstProblems)
        {
            Console.WriteLine("  " + problem);
        }
    }
}
