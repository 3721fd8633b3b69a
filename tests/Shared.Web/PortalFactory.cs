using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace InterimExchange.Testing;

/// <summary>The whole app on its embedded default: SQLite files in a fresh folder, the in-memory bus, the pickup folder, demo data.</summary>
public partial class PortalFactory : WebApplicationFactory<Program>
{
    public string Folder { get; } = TestServices.TempFolder("web");

    public string MailFolder => Path.Combine(Folder, "mail");

    /// <summary>The app's clock; tests move it to reach expiry dates.</summary>
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:DataDirectory", Path.Combine(Folder, "data"));
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("Site:PublicUrl", "http://localhost/");
        builder.UseSetting("RateLimits:PerAddress:PermitLimit", "1000000");
        builder.UseSetting("RateLimits:PerEmail:PermitLimit", "1000000");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
        builder.ConfigureLogging(logging => logging.AddProvider(Log).AddFilter<AppLog>(null, LogLevel.Debug));
    }

    /// <summary>What the app logged that a failing test should show: its warnings and errors, refused antiforgery tokens and bad requests.</summary>
    public AppLog Log { get; } = new();

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async Task<HttpClient> SignedInAsync(string email, string password = Accounts.Contracts.DemoAccounts.Password)
    {
        var client = Anonymous();
        var response = await client.PostFormAsync("/account/sign-in", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{email} should be signed in");
        return client;
    }

    /// <summary>
    /// Waits until no module's outbox holds an unsent message. On the in-memory bus a message counts as sent only once every
    /// consumer has handled it, so the app is then quiet: whatever was asked for so far has taken its effect everywhere.
    /// </summary>
    public Task QuietAsync() => TestServices.Eventually(async () =>
    {
        await using var scope = Services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var outbox = ((IHasOutbox)scope.ServiceProvider.GetRequiredService(module.Context)).OutboxMessages;
            if (await outbox.AnyAsync(m => m.SentAtUtc == null))
            {
                return false;
            }
        }

        return true;
    }, TimeSpan.FromSeconds(60), "every module's outbox to be sent and handled");

    /// <summary>Waits for the email to <paramref name="to"/> that the outbox delivers to the pickup folder; returns its text.</summary>
    public async Task<string> EmailToAsync(string to, string subjectContains)
    {
        string? found = null;
        await TestServices.Eventually(async () =>
        {
            if (!Directory.Exists(MailFolder))
            {
                return false;
            }

            foreach (var file in Directory.EnumerateFiles(MailFolder, "*.eml"))
            {
                var message = await MimeKit.MimeMessage.LoadAsync(file);
                if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                    && message.Subject?.Contains(subjectContains, StringComparison.Ordinal) == true)
                {
                    found = message.TextBody;
                    return true;
                }
            }

            return false;
        }, TimeSpan.FromSeconds(30), $"an email to {to} about '{subjectContains}'");
        return found!;
    }

    /// <summary>How many emails to <paramref name="to"/> about <paramref name="subjectContains"/> reached the pickup folder.</summary>
    public async Task<int> EmailCountAsync(string to, string subjectContains)
    {
        var count = 0;
        foreach (var file in Directory.Exists(MailFolder) ? Directory.EnumerateFiles(MailFolder, "*.eml") : [])
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                && message.Subject?.Contains(subjectContains, StringComparison.Ordinal) == true)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Waits for the email to <paramref name="to"/> about <paramref name="subjectContains"/>; returns its calendar file (text/calendar) as text.</summary>
    public async Task<string> CalendarFileAsync(string to, string subjectContains)
    {
        await EmailToAsync(to, subjectContains);
        foreach (var file in Directory.EnumerateFiles(MailFolder, "*.eml"))
        {
            var message = await MimeKit.MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase))
                && message.Subject?.Contains(subjectContains, StringComparison.Ordinal) == true)
            {
                var part = message.BodyParts.OfType<MimeKit.MimePart>().Single(p => p.ContentType.MimeType == "text/calendar");
                using var content = new MemoryStream();
                await part.Content!.DecodeToAsync(content);
                return System.Text.Encoding.UTF8.GetString(content.ToArray());
            }
        }

        throw new InvalidOperationException($"No email to {to} about {subjectContains}.");
    }

    /// <summary>The link in an email that leads to <paramref name="path"/>, relative to the site.</summary>
    public static string LinkIn(string email, string path) =>
        LinkPattern().Matches(email).Select(m => m.Value.Replace("http://localhost", "", StringComparison.Ordinal))
            .Single(link => link.StartsWith(path, StringComparison.Ordinal));

    [GeneratedRegex(@"http://localhost/[^\s]+")]
    private static partial Regex LinkPattern();
}

/// <summary>The app as Production starts it: no demo data, an organisation starting empty.</summary>
public sealed class EmptyPortalFactory : PortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("DemoData:Enabled", "false");
    }
}

/// <summary>The lines of the app's log worth reading when a test fails; the newest thousand are kept.</summary>
public sealed class AppLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public IEnumerable<string> Antiforgery => lines.Where(w => w.Contains("antiforgery", StringComparison.OrdinalIgnoreCase));

    public ILogger CreateLogger(string categoryName) => new Category(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string category, LogLevel level, string message, Exception? exception)
    {
        lines.Enqueue($"{DateTime.UtcNow:HH:mm:ss.fff} {level} {category}: {message} {exception?.GetType().Name} {exception?.Message}".TrimEnd());
        while (lines.Count > 1000 && lines.TryDequeue(out _))
        {
        }
    }

    /// <summary>Warnings from everywhere; below that, only refused antiforgery tokens and requests Kestrel found malformed.</summary>
    private sealed class Category(AppLog log, string name) : ILogger
    {
        private readonly LogLevel least = name.StartsWith("Microsoft.AspNetCore.Server.Kestrel.BadRequests", StringComparison.Ordinal) ? LogLevel.Debug
            : name.Contains("Antiforgery", StringComparison.Ordinal) ? LogLevel.Information
            : LogLevel.Warning;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= least;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Add(name, logLevel, formatter(state, exception), exception);
            }
        }
    }
}

public static partial class Forms
{
    /// <summary>A complete application of a specialist firm through <c>/firms/apply</c>.</summary>
    public static Dictionary<string, string> FirmApplication(string email, string applicant = "Nadia Haddad", string firm = "Atlas Interim") => new()
    {
        ["ApplicantName"] = applicant,
        ["ApplicantEmail"] = email,
        ["Password"] = "AtlasInterim2027",
        ["Profile.Name"] = firm,
        ["Profile.Website"] = "www.atlasinterim.example",
        ["Profile.RegistrationNumber"] = "FR-88231",
        ["Profile.HeadquartersCountry"] = "France",
        ["Profile.Regions"] = "france",
        ["Profile.Specialisms[0].Sector"] = "pharma",
        ["Profile.Specialisms[0].Function"] = "quality",
        ["Profile.Seniorities"] = "head-of",
        ["Profile.ExecutiveFocus"] = "Quality heads for French sites.",
        ["Profile.RecentPlacements"] = "Interim QA director, Lyon, 2026.",
        ["Profile.References[0].Client"] = "Rhône Bio",
        ["Profile.References[0].ContactName"] = "Luc Martin",
        ["Profile.References[0].ContactEmail"] = "luc.martin@rhone.example",
        ["Profile.References[1].Client"] = "Seine Pharma",
        ["Profile.References[1].ContactName"] = "Anne Petit",
        ["Profile.References[1].ContactEmail"] = "anne.petit@seine.example",
        ["Profile.InsuranceExpiresOn"] = "2027-10-01",
        ["Profile.DataProtectionAttested"] = "true",
        ["Profile.Capacity"] = "3",
    };

    /// <summary>Posts a form the way a browser does: with the antiforgery token of the page it came from.</summary>
    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, Dictionary<string, string> fields, string? action = null) =>
        client.PostFormAsync(page, (IEnumerable<KeyValuePair<string, string>>)fields, action);

    /// <summary>The same, for a form where a field may have several values (checkboxes of one name).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        var html = await client.GetStringAsync(page);
        var posted = fields.Where(f => f.Key != "__RequestVerificationToken").Append(new("__RequestVerificationToken", AntiforgeryToken(html)));
        return await client.PostAsync(action ?? page, new FormUrlEncodedContent(posted));
    }

    /// <summary>
    /// A request that is not allowed: 403, or the redirect to sign in or to access denied. Never the page, never an error.
    /// (A page of another tenant's data answers 404 instead: assert that where it applies.)
    /// </summary>
    public static void ShouldBeRefused(this HttpResponseMessage response, string page = "")
    {
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return;
        }

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{page} should be refused");
        response.Headers.Location!.AbsolutePath.ShouldBeOneOf("/account/access-denied", "/account/sign-in");
    }

    /// <summary>The page shows <paramref name="message"/> in the error next to <paramref name="field"/> (its validation message).</summary>
    public static void ShouldShowErrorNextTo(this string html, string field, string message) =>
        Regex.IsMatch(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>{Regex.Escape(System.Net.WebUtility.HtmlEncode(message))}")
            .ShouldBeTrue($"the error '{message}' next to {field}");

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
