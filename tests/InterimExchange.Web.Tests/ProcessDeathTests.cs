using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using InterimExchange.Testing;
using Microsoft.Data.Sqlite;

namespace InterimExchange.Web.Tests;

/// <summary>
/// The app as it runs for real, a process on its own data folder, is killed (SIGKILL) at twenty moments from 0 to 500 ms after a
/// coordinator routed a brief to six firms, then started again on the same data: every firm ends with exactly one inbox item, and
/// every person told of the brief with exactly one notification and one email. Nothing lost, nothing doubled.
/// </summary>
public sealed partial class ProcessDeathTests
{
    private const string RoleTitle = "Interim Director of Regulatory Affairs";

    private const int Trials = 20;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public Task A_routing_survives_the_process_being_killed_at_any_moment_on_the_embedded_default() => KilledAtTwentyMomentsAsync([]);

    [Fact]
    public async Task A_routing_survives_the_process_being_killed_at_any_moment_over_RabbitMQ()
    {
        await using var virtualHost = await RabbitMq.VirtualHostAsync();
        // Over a broker several instances may share the outbox, so a start cannot release what a killed one claimed: its claim
        // lapses. A short claim lets each trial go on within seconds instead of a minute.
        var settings = virtualHost.Settings;
        settings["Outbox:ClaimDuration"] = "00:00:03";
        await KilledAtTwentyMomentsAsync(settings);
    }

    private static async Task KilledAtTwentyMomentsAsync(Dictionary<string, string?> settings)
    {
        var template = TestServices.TempFolder("killed-template");
        var briefId = await PrepareAsync(template, settings);
        var outcomes = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var stopwatch = Stopwatch.StartNew();
            var delay = TimeSpan.FromMilliseconds(trial * 500 / (Trials - 1));
            var folder = TestServices.TempFolder($"killed-{trial}");
            CopyFolder(Path.Combine(template, "data"), Path.Combine(folder, "data"));

            await using (var app = await AppProcess.StartAsync(folder, settings))
            {
                var routed = await RouteToEveryFirmAsync(app, briefId);
                await Task.Delay(delay, Cancel);
                app.Kill();
                outcomes.Add($"killed {delay.TotalMilliseconds:0} ms after routing {routed} firms");
            }

            await using (var app = await AppProcess.StartAsync(folder, settings))
            {
                await TestServices.Eventually(() => Task.FromResult(Everything(folder, briefId).Settled), TimeSpan.FromSeconds(90),
                    $"trial {trial}: every firm's inbox item, notification and email after the restart ({app.Output})");
                await app.StopAsync();
            }

            var found = Everything(folder, briefId);
            found.InboxItemsPerFirm.Count.ShouldBe(6, $"trial {trial}: firms with the brief in their inbox");
            found.InboxItemsPerFirm.Values.ShouldAllBe(count => count == 1, $"trial {trial}: inbox items per firm");
            found.NotificationsPerPerson.Count.ShouldBe(7, $"trial {trial}: people told of the brief");
            found.NotificationsPerPerson.Values.ShouldAllBe(count => count == 1, $"trial {trial}: notifications per person");
            found.EmailsPerPerson.Keys.ShouldBe(found.NotificationsPerPerson.Keys, ignoreOrder: true, $"trial {trial}: people emailed");
            found.EmailsPerPerson.Values.ShouldAllBe(count => count == 1, $"trial {trial}: emails per person");
            outcomes[^1] += $", {stopwatch.Elapsed.TotalSeconds:0.0} s: nothing lost, nothing doubled";
            TestContext.Current.TestOutputHelper?.WriteLine(outcomes[^1]);
        }
    }

    /// <summary>
    /// Starts the demo once on a fresh folder, waits until routing knows the six firms and the confirmed brief, and stops it
    /// cleanly: each trial starts from a copy, without paying for the demo data again.
    /// </summary>
    private static async Task<Guid> PrepareAsync(string folder, Dictionary<string, string?> settings)
    {
        await using var app = await AppProcess.StartAsync(folder, settings);
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var list = await amelia.GetStringAsync($"/rpo?q={Uri.EscapeDataString(RoleTitle)}", Cancel);
        var briefId = Guid.Parse(BriefLink().Match(list).Groups[1].Value);
        await TestServices.Eventually(async () => Choices(await amelia.GetStringAsync($"/rpo/briefs/{briefId}/routing", Cancel)).Count == 6,
            TimeSpan.FromSeconds(60), "six firms to choose from on the routing page");
        await app.StopAsync();
        return briefId;
    }

    private static async Task<int> RouteToEveryFirmAsync(AppProcess app, Guid briefId)
    {
        var amelia = await app.SignedInAsync("amelia.hart@northbridge.example");
        var page = $"/rpo/briefs/{briefId}/routing";
        var html = await amelia.GetStringAsync(page, Cancel);
        var firms = Choices(html);
        firms.Count.ShouldBe(6, "six firms to choose from");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (firm, index) in firms.Select((firm, index) => (firm, index)))
        {
            fields.Add(new("Chosen", firm.Id));
            fields.Add(new($"Notes[{index}].FirmId", firm.Id));
            fields.Add(new($"Notes[{index}].Name", firm.Name));
            fields.Add(new($"Notes[{index}].Note", $"{firm.Name}, your regulatory record fits this brief."));
        }

        fields.Add(new("RespondBy", DateValue(html, "RespondBy")));
        fields.Add(new("ProposalsDue", DateValue(html, "ProposalsDue")));
        var response = await amelia.PostFormAsync(page, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, "the routing is confirmed");
        return firms.Count;
    }

    /// <summary>The firms the routing page offers, in its order: their ids and names as its hidden fields carry them.</summary>
    private static List<(string Id, string Name)> Choices(string html) =>
        NoteFields().Matches(html).Select(m => (Id: WebUtility.HtmlDecode(m.Groups[1].Value), Name: WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();

    private static string DateValue(string html, string name) =>
        Regex.Match(html, $"name=\"{name}\" value=\"([^\"]+)\"").Groups[1].Value;

    /// <summary>What the routing led to, read from the data folder: each firm's inbox items, each person's notifications and emails.</summary>
    private static Found Everything(string folder, Guid briefId)
    {
        var data = Path.Combine(folder, "data");
        var brief = briefId.ToString().ToUpperInvariant();
        var inbox = Rows(Path.Combine(data, "proposals.db"), "SELECT FirmId FROM InboxItems WHERE BriefId = $brief", brief);
        var notified = Rows(Path.Combine(data, "notifications.db"), "SELECT Email FROM Notifications WHERE Title = $title", $"New brief: {RoleTitle}");
        var mail = Path.Combine(folder, "mail");
        var emailed = (Directory.Exists(mail) ? Directory.GetFiles(mail, "*.eml") : [])
            .Select(file => MimeKit.MimeMessage.Load(file))
            .Where(message => message.Subject == $"New brief: {RoleTitle}")
            .Select(message => message.To.Mailboxes.Single().Address)
            .ToList();
        var unsent = Directory.GetFiles(data, "*.db").Sum(file => Rows(file, "SELECT Id FROM OutboxMessages WHERE SentAtUtc IS NULL").Count);
        return new Found(Counted(inbox), Counted(notified), Counted(emailed), unsent);
    }

    private static Dictionary<string, int> Counted(IEnumerable<string> values) =>
        values.GroupBy(v => v, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count(), StringComparer.OrdinalIgnoreCase);

    private static List<string> Rows(string database, string sql, string? value = null)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (value is not null)
        {
            command.Parameters.AddWithValue(Regex.Match(sql, @"\$\w+").Value, value);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetValue(0).ToString()!);
        }

        return rows;
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    [GeneratedRegex("href=\"/rpo/briefs/([0-9a-f-]{36})\">Interim Director of Regulatory Affairs<")]
    private static partial Regex BriefLink();

    [GeneratedRegex("name=\"Notes\\[\\d+\\]\\.FirmId\" value=\"([^\"]+)\" />\\s*<input type=\"hidden\" name=\"Notes\\[\\d+\\]\\.Name\" value=\"([^\"]+)\"")]
    private static partial Regex NoteFields();

    private sealed record Found(Dictionary<string, int> InboxItemsPerFirm, Dictionary<string, int> NotificationsPerPerson, Dictionary<string, int> EmailsPerPerson,
        int Unsent)
    {
        /// <summary>Every firm and person has what they were sent, and no module's outbox holds anything unsent.</summary>
        public bool Settled => InboxItemsPerFirm.Count == 6 && NotificationsPerPerson.Count == 7 && EmailsPerPerson.Count == 7 && Unsent == 0;
    }
}

/// <summary>The app started as a process from its build output, on the embedded default unless settings say otherwise, with demo data.</summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;

    private readonly StringBuilder output = new();

    private AppProcess(Process process, string address)
    {
        this.process = process;
        Address = new Uri(address);
        process.OutputDataReceived += (_, line) => Record(line.Data);
        process.ErrorDataReceived += (_, line) => Record(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    /// <summary>The last of what the app wrote, for a failure's message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.Length > 4000 ? output.ToString(output.Length - 4000, 4000) : output.ToString();
            }
        }
    }

    public static async Task<AppProcess> StartAsync(string folder, Dictionary<string, string?> settings)
    {
        var web = Path.Combine(DeploymentTests.FindRepository(), "src", "InterimExchange.Web");
        // The app's build output beside this test's: the same configuration (Debug or Release).
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "InterimExchange.Web.dll");
        var address = $"http://127.0.0.1:{TestServices.FreePort()}";
        var start = new ProcessStartInfo("dotnet", $"\"{dll}\"")
        {
            WorkingDirectory = web,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string?>(settings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_URLS"] = address,
            ["Site:PublicUrl"] = address + "/",
            ["Database:DataDirectory"] = Path.Combine(folder, "data"),
            ["Email:PickupDirectory"] = Path.Combine(folder, "mail"),
            ["DemoData:Enabled"] = "true",
            ["RateLimits:PerAddress:PermitLimit"] = "1000000",
            ["RateLimits:PerEmail:PermitLimit"] = "1000000",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var app = new AppProcess(Process.Start(start)!, address);
        using var probe = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromSeconds(5) };
        await TestServices.Eventually(async () =>
        {
            app.process.HasExited.ShouldBeFalse($"the app stopped while starting: {app.Output}");
            try
            {
                return (await probe.GetAsync("/health/ready")).IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                return false;
            }
            catch (TaskCanceledException)
            {
                return false;
            }
        }, TimeSpan.FromSeconds(120), "the app to be ready");
        return app;
    }

    public async Task<HttpClient> SignedInAsync(string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Address };
        var response = await client.PostFormAsync("/account/sign-in",
            new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Accounts.Contracts.DemoAccounts.Password });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"{email} should be signed in");
        return client;
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to finish anything.</summary>
    public void Kill()
    {
        process.Kill();
        process.WaitForExit();
    }

    /// <summary>SIGTERM, as a service manager stops the app: it finishes what it handles, then exits.</summary>
    public async Task StopAsync()
    {
        using (var kill = Process.Start("kill", $"-TERM {process.Id}"))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
    }

    public ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }

        process.Dispose();
        return ValueTask.CompletedTask;
    }

    private void Record(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }
}
