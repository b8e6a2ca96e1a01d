using System.Text;
using Plotly.NET;
using PuppeteerSharp;

namespace ShopAnalytics.Reporting;

/// <summary>
/// PNG and SVG images of Plotly.NET charts, drawn by plotly.js in headless Chromium: one browser
/// and one page (plotly.js loaded once), then <c>Plotly.toImage</c> per figure (about 0.1 s each).
/// </summary>
public sealed class ChartRenderer : IAsyncDisposable
{
    /// <summary>The flags Chromium is launched with: headless, no GPU, and no network activity of its own.</summary>
    public static readonly IReadOnlyList<string> LaunchFlags =
    [
        "--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IBrowser browser;
    private readonly IPage page;
    private readonly string userDataDir;

    private ChartRenderer(IBrowser browser, IPage page, string userDataDir)
    {
        this.browser = browser;
        this.page = page;
        this.userDataDir = userDataDir;
    }

    /// <summary>Launches the browser at <paramref name="executablePath"/> with a fresh profile and loads plotly.js.</summary>
    public static async Task<ChartRenderer> StartAsync(string executablePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(executablePath);
        var userDataDir = Directory.CreateTempSubdirectory("shop-chromium-").FullName;
        IBrowser? browser = null;
        try
        {
            browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executablePath,
                Headless = true,
                UserDataDir = userDataDir,
                Args = [.. LaunchFlags],
                Timeout = 60_000,
            }).WaitAsync(cancellationToken);
            var page = await browser.NewPageAsync();
            await page.SetContentAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{PlotlyScript.HeadElement}</head><body></body></html>");
            var ready = await page.EvaluateExpressionAsync<bool>("typeof Plotly !== 'undefined'");
            if (!ready)
            {
                throw new InvalidOperationException("plotly.js did not load in the browser page");
            }

            return new ChartRenderer(browser, page, userDataDir);
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            TryDelete(userDataDir);
            throw;
        }
    }

    /// <summary>The chart as a PNG image.</summary>
    public async Task<byte[]> RenderPngAsync(GenericChart chart, int width = ChartFactory.Width, int height = ChartFactory.Height)
    {
        var dataUrl = await ToImageAsync(chart, "png", width, height);
        const string prefix = "data:image/png;base64,";
        return dataUrl.StartsWith(prefix, StringComparison.Ordinal)
            ? Convert.FromBase64String(dataUrl[prefix.Length..])
            : throw new InvalidOperationException("Plotly.toImage did not return a PNG");
    }

    /// <summary>The chart as an SVG document.</summary>
    public async Task<string> RenderSvgAsync(GenericChart chart, int width = ChartFactory.Width, int height = ChartFactory.Height)
    {
        var dataUrl = await ToImageAsync(chart, "svg", width, height);
        var comma = dataUrl.IndexOf(',', StringComparison.Ordinal);
        if (!dataUrl.StartsWith("data:image/svg+xml", StringComparison.Ordinal) || comma < 0)
        {
            throw new InvalidOperationException("Plotly.toImage did not return an SVG");
        }

        var header = dataUrl[..comma];
        var body = dataUrl[(comma + 1)..];
        return header.EndsWith(";base64", StringComparison.Ordinal)
            ? Encoding.UTF8.GetString(Convert.FromBase64String(body))
            : Uri.UnescapeDataString(body);
    }

    private async Task<string> ToImageAsync(GenericChart chart, string format, int width, int height)
    {
        var figure = GenericChart.toFigureJson(chart);
        var script = $"async () => await Plotly.toImage({figure}, {{ format: '{format}', width: {width}, height: {height} }})";
        return await page.EvaluateFunctionAsync<string>(script);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PuppeteerException)
        {
            // The browser may already be gone; closing it below is what matters.
        }

        await browser.CloseAsync();
        await browser.DisposeAsync();
        TryDelete(userDataDir);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile; a temp folder is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
