using Spectre.Console;

namespace ShopCli.Infrastructure;

/// <summary>Console defaults: wide tables when the output goes to a file or a pipe.</summary>
public static class ConsoleSetup
{
    public static void Apply()
    {
        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = 200;
        }
    }
}
