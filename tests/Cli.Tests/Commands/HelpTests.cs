using Cli.Tests.Infrastructure;

namespace Cli.Tests.Commands;

public sealed class HelpTests
{
    [Theory]
    [InlineData("analyze")]
    [InlineData("import")]
    [InlineData("import olist")]
    [InlineData("place-order")]
    [InlineData("report")]
    [InlineData("seed")]
    [InlineData("serve")]
    [InlineData("watch")]
    public async Task Every_command_answers_help_with_exit_0(string command)
    {
        using var folder = new TempFolder();
        var result = await ShopProcess.RunAsync(folder.Path, [.. command.Split(' '), "--help"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"shop {command}", result.Stdout);
    }

    [Fact]
    public async Task Top_level_help_lists_the_commands()
    {
        using var folder = new TempFolder();
        var result = await ShopProcess.RunAsync(folder.Path, "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "analyze", "report", "seed", "serve" })
        {
            Assert.Contains(command, result.Stdout);
        }
    }

    [Fact]
    public async Task An_unknown_command_is_one_line_on_stderr_and_exit_2()
    {
        using var folder = new TempFolder();
        var result = await ShopProcess.RunAsync(folder.Path, "frobnicate");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("shop: Unknown command 'frobnicate'. (see --help)", result.Stderr.Trim());
    }
}
