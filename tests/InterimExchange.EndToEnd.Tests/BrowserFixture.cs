using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace InterimExchange.EndToEnd.Tests;

/// <summary>The app on a real Kestrel port, and Debian's Chromium driven by Playwright.</summary>
public class BrowserFixture : IAsyncLifetime
{
    private const string Chromium = "/usr/bin/chromium";
    private IPlaywright? playwright;

    public BrowserFixture()
        : this(new PortalFactory())
    {
    }

    /// <summary>A fixture around another kind of app, such as one that sends its email over SMTP.</summary>
    protected BrowserFixture(PortalFactory app) => App = app;

    public PortalFactory App { get; }

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

        if (App is IAsyncLifetime needsStarting)
        {
            await needsStarting.InitializeAsync();
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

    /// <summary>Runs a journey with one person in a fresh browser context; on failure keeps a screenshot of where it stopped.</summary>
    public Task JourneyAsync(string name, Func<IPage, Task> journey, bool phone = false) =>
        JourneyAsync(name, async people => await journey(await people.NewPersonAsync(phone)));

    /// <summary>Runs a journey of several people, each in their own browser context; on failure keeps a screenshot of every page and shows what the app logged.</summary>
    public async Task JourneyAsync(string name, Func<People, Task> journey)
    {
        RequireChromium();
        await using var people = new People(Browser, BaseUrl);
        try
        {
            await journey(people);
        }
        catch
        {
            await people.ScreenshotAsync(name);
            TestContext.Current.TestOutputHelper?.WriteLine($"What the app logged:{Environment.NewLine}{string.Join(Environment.NewLine, App.Log.Lines)}");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The same, with the app sending its email to a real SMTP server.</summary>
public sealed class SmtpBrowserFixture() : BrowserFixture(new SmtpPortalFactory())
{
    public SmtpSink Sink => ((SmtpPortalFactory)App).Sink;
}

/// <summary>The people of a journey: each new person is a separate browser context, as separate as two laptops.</summary>
public sealed class People(IBrowser browser, string baseUrl) : IAsyncDisposable
{
    private readonly List<IBrowserContext> contexts = [];

    public async Task<IPage> NewPersonAsync(bool phone = false)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = baseUrl,
            ViewportSize = phone ? new() { Width = 390, Height = 844 } : new() { Width = 1280, Height = 900 },
        });
        contexts.Add(context);
        return await context.NewPageAsync();
    }

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserFixture.Screenshots);
        var pages = contexts.SelectMany(c => c.Pages).ToList();
        for (var i = 0; i < pages.Count; i++)
        {
            await pages[i].ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Screenshots, $"{name}-{i + 1}.png"), FullPage = true });
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }
    }
}

public static class Journeys
{
    /// <summary>
    /// Reads the page again until <paramref name="locator"/> is on it and, given <paramref name="text"/>, contains it: for what reaches a
    /// page through another module's events, on a page that does not refresh itself. Fails, saying what never appeared, after 30 s.
    /// </summary>
    public static async Task ReloadUntilAsync(this IPage page, ILocator locator, string what, string? text = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await ShowsAsync(locator, text))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Reloaded {page.Url} for 30 s and {what} never appeared.");
            }

            await Task.Delay(500);
            try
            {
                await page.ReloadAsync();
            }
            catch (PlaywrightException) when (DateTime.UtcNow <= deadline)
            {
                // A page that refreshes itself while it waits (routing preparing its recommendations) may navigate during the reload.
            }
        }
    }

    private static async Task<bool> ShowsAsync(ILocator locator, string? text) =>
        await locator.CountAsync() > 0 && (text is null || (await locator.First.TextContentAsync() ?? "").Contains(text, StringComparison.Ordinal));

    /// <summary>What axe finds wrong on the page against WCAG 2.1 A and AA, one line per rule with where: none is the aim.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(this IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
        return results.Violations.Select(v => $"{v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
    }

    /// <summary>Presses "Sign out" and waits for the server's answer, so that what comes next starts signed out.</summary>
    public static async Task SignOutAsync(this IPage page) =>
        await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/account/sign-out", StringComparison.Ordinal));

    /// <summary>Signs in through the sign-in page, as a person would, and waits to leave it.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password = InterimExchange.Accounts.Contracts.DemoAccounts.Password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.PressSignInAsync(password);
        await Assertions.Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sign-in"));
    }

    /// <summary>
    /// Presses "Sign in" and reads the server's answer to the form (waiting for a load state instead raced the form's navigation on a
    /// busy machine). The sign-in page says when its form had expired (its antiforgery cookie was missing or stale, seen rarely under
    /// load) and shows itself fresh: a person enters the password again, and so does a journey, once.
    /// </summary>
    public static async Task PressSignInAsync(this IPage page, string password)
    {
        const string expired = "This sign-in page had expired";
        var signIn = page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
        var answer = await page.RunAndWaitForResponseAsync(() => signIn.ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/account/sign-in", StringComparison.Ordinal));
        if (answer.Status == 200 && (await answer.TextAsync()).Contains(expired, StringComparison.Ordinal))
        {
            await Assertions.Expect(page.GetByText(expired)).ToBeVisibleAsync();
            await page.GetByLabel("Password").FillAsync(password);
            await signIn.ClickAsync();
        }
    }
}
