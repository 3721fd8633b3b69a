using InterimExchange.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>The app on a real Kestrel port, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? playwright;

    public PortalFactory App { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where failed journeys leave their screenshot: artifacts/screenshots under ./test.sh, else beside the test binaries.</summary>
    public static string Screenshots { get; } = Path.Combine(
        Environment.GetEnvironmentVariable("INTERIMEXCHANGE_ARTIFACTS") ?? AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            // Without these, Chromium reaches for the network at start, which this machine refuses.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public void RequireChromium() => TestServices.Require(File.Exists(Chromium) && Browser is not null, "Chromium at /usr/bin/chromium");

    /// <summary>Runs a journey in a fresh browser context; on failure keeps a screenshot of where it stopped.</summary>
    public async Task JourneyAsync(string name, Func<IPage, Task> journey, bool phone = false)
    {
        RequireChromium();
        await using var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 800 },
        });
        var page = await context.NewPageAsync();
        try
        {
            await journey(page);
        }
        catch
        {
            Directory.CreateDirectory(Screenshots);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}.png"), FullPage = true });
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}
