using System.Net;
using InterimExchange.BuildingBlocks.Email;
using InterimExchange.BuildingBlocks.Time;
using InterimExchange.Notifications.Contracts;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Notifications.Data;
using InterimExchange.Notifications.Domain;
using InterimExchange.Notifications.Features.Delivery;
using Microsoft.EntityFrameworkCore;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Notifications.Tests;

/// <summary>Each person's notification centre, and their choice between an email per notification and one daily digest.</summary>
public sealed class NotificationCentreTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Daniel = "daniel.weber@regpath.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_routed_brief_reaches_each_firm_s_centre_by_email_at_once_or_in_one_daily_digest()
    {
        var daniel = await app.AccountAsync(Daniel);
        var danielsBrowser = await app.SignedInAsync(Daniel);
        (await danielsBrowser.PostFormAsync("/notifications", new() { ["Preference"] = "DailyDigest" }, "/notifications?handler=Preference"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        const string note = "Your regulatory and quality bench is why we chose you for this brief.";
        await app.RoutedBriefAsync("Interim Head of Quality", "amelia.hart@northbridge.example", [Meridian, RegPath], note: note);

        // Maria chose nothing: the email comes at once, with a link to the brief.
        var maria = await app.AccountAsync(Maria);
        var mariasNotification = await app.NotificationAsync(maria, "New brief: Interim Head of Quality");
        (await app.EmailToAsync(Maria, "New brief: Interim Head of Quality")).ShouldContain($"http://localhost{mariasNotification.Link}");

        // Daniel chose the digest: nothing until the digest runs, then one email for everything, once a day.
        await app.NotificationAsync(daniel, "New brief: Interim Head of Quality");
        EmailsTo(Daniel, "New brief").ShouldBeEmpty();
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => RunDigestAsync()));
        await RunDigestAsync();
        var digest = await app.EmailToAsync(Daniel, "Your InterimExchange digest");
        digest.ShouldContain("New brief: Interim Head of Quality");
        digest.ShouldContain(note);
        digest.ShouldContain("What success looks like");
        digest.ShouldContain("http://localhost/firm/briefs/");
        // Sent once: one digest row for the day (written with its email, so a second email could not be on its way), and one email.
        (await app.WithAsync(sp => sp.GetRequiredService<NotificationsDbContext>().Digests.CountAsync(d => d.UserId == daniel, Cancel))).ShouldBe(1);
        EmailsTo(Daniel, "Your InterimExchange digest").Count.ShouldBe(1);

        // A person reads and opens only their own notifications.
        var mariasBrowser = await app.SignedInAsync(Maria);
        var centre = await mariasBrowser.GetStringAsync("/notifications", Cancel);
        centre.ShouldContain("New brief: Interim Head of Quality");
        centre.ShouldContain("class=\"count alarm\"");
        centre.ShouldContain($"{LocalTimes.Describe(mariasNotification.CreatedAtUtc, LocalTimes.DefaultZone)}</time>", Case.Sensitive,
            "a notification's time is on the reader's clock, with the zone named");
        (await danielsBrowser.PostFormAsync("/notifications", new(), $"/notifications?handler=Open&id={mariasNotification.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var opened = await mariasBrowser.PostFormAsync("/notifications", new(), $"/notifications?handler=Open&id={mariasNotification.Id}");
        opened.Headers.Location!.OriginalString.ShouldBe(mariasNotification.Link);
        (await mariasBrowser.PostFormAsync("/notifications", new(), "/notifications?handler=ReadAll")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithAsync(sp => sp.GetRequiredService<INotifications>().AskAsync(new UnreadCountQuery(Callers.Firm(Guid.Empty, userId: maria)), Cancel))).Value.ShouldBe(0);
        (await mariasBrowser.GetStringAsync("/notifications", Cancel)).ShouldNotContain("class=\"count alarm\"");
    }

    [Fact]
    public async Task The_daily_digest_comes_from_seven_on_the_person_s_own_clock_and_stamps_each_notification_on_it()
    {
        var person = DemoAccounts.Firms[2].People[0];
        var browser = await app.SignedInAsync(person.Email);
        (await browser.PostFormAsync("/notifications", new() { ["Preference"] = "DailyDigest" }, "/notifications?handler=Preference")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var userId = await app.AccountAsync(person.Email);
        (await browser.PostFormAsync("/settings", new() { ["TimeZone"] = "America/New_York" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // 11:30 UTC is 06:30 in New York: past seven in UTC, not yet on her clock.
        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 11, 30, 0, TimeSpan.Zero));
        await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", "amelia.hart@northbridge.example", [DemoAccounts.Firms[2].Id]);
        var notification = await app.NotificationAsync(userId, "New brief: Interim Director of Regulatory Affairs");
        await RunDigestAsync();
        EmailsTo(person.Email, "Your InterimExchange digest").ShouldBeEmpty("it is 06:30 on her clock");

        app.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 12, 0, 0, TimeSpan.Zero));
        await RunDigestAsync();
        var digest = await app.EmailToAsync(person.Email, "Your InterimExchange digest");
        digest.ShouldContain($"New brief: Interim Director of Regulatory Affairs ({LocalTimes.Describe(notification.CreatedAtUtc, "America/New_York")})");
        digest.ShouldContain("(America/New_York, UTC-05:00)");
        digest.ShouldNotContain(" UTC)");
        (await browser.GetStringAsync("/notifications", Cancel)).ShouldContain("One digest a day (from 07:00 on your own clock)");
    }

    [Fact]
    public async Task The_demo_data_tells_nobody_that_its_firms_are_vetted()
    {
        // Routing learns of the six demo firms through the same events the notifications read.
        await TestServices.Eventually(async () => await app.WithAsync(sp => sp.GetRequiredService<NotificationsDbContext>().InboxMessages
                .CountAsync(m => m.Consumer.EndsWith("FirmVettedNotification"), Cancel)) >= Accounts.Contracts.DemoAccounts.Firms.Count,
            TimeSpan.FromSeconds(30), "every demo firm's vetting read by the notifications");

        (await app.WithAsync(sp => sp.GetRequiredService<NotificationsDbContext>().Notifications.CountAsync(n => n.Title == "Your firm is vetted", Cancel))).ShouldBe(0);
    }

    [Fact]
    public async Task The_header_s_badge_stops_counting_unread_notifications_at_99()
    {
        var person = DemoAccounts.Firms[3].People[0];
        var browser = await app.SignedInAsync(person.Email);
        (await browser.GetStringAsync("/notifications", Cancel)).ShouldNotContain("class=\"count alarm\"");

        var userId = await app.AccountAsync(person.Email);
        await app.WithAsync(sp =>
        {
            var db = sp.GetRequiredService<NotificationsDbContext>();
            db.Notifications.AddRange(Enumerable.Range(0, 99).Select(i =>
                new Notification(userId, person.Email, person.Name, $"Note {i}", "Body", "/firm", DateTime.UtcNow.AddMinutes(-i))));
            return db.SaveChangesAsync(Cancel);
        });
        (await browser.GetStringAsync("/notifications", Cancel)).ShouldContain("aria-label=\"99 unread\">99</span>");

        await app.WithAsync(sp =>
        {
            var db = sp.GetRequiredService<NotificationsDbContext>();
            db.Notifications.Add(new Notification(userId, person.Email, person.Name, "Note 99", "Body", "/firm", DateTime.UtcNow));
            return db.SaveChangesAsync(Cancel);
        });
        var centre = await browser.GetStringAsync("/notifications", Cancel);
        centre.ShouldContain("aria-label=\"more than 99 unread\">99&#x2B;</span>");
        centre.ShouldContain("Mark all read (more than 99)");
        centre.ShouldContain("Page 1 of 5 (100 notifications)");
    }

    [Fact]
    public async Task A_person_who_left_receives_no_digest_of_what_was_waiting_for_them()
    {
        var leaver = DemoAccounts.Firms[4].People[0];
        var browser = await app.SignedInAsync(leaver.Email);
        (await browser.PostFormAsync("/notifications", new() { ["Preference"] = "DailyDigest" }, "/notifications?handler=Preference")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var leaverId = await app.AccountAsync(leaver.Email);
        await app.WithAsync(sp =>
        {
            var db = sp.GetRequiredService<NotificationsDbContext>();
            db.Notifications.Add(new Notification(leaverId, leaver.Email, leaver.Name, "Waiting for the digest", "Body", "/firm", DateTime.UtcNow));
            return db.SaveChangesAsync(Cancel);
        });

        // A colleague joins as an admin and removes the leaver, taking their work.
        const string colleague = "successor@leavers-firm.example";
        (await browser.PostFormAsync("/organisation/team", new() { ["Email"] = colleague, ["AsAdmin"] = "true" }, "/organisation/team?handler=Invite"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var link = PortalFactory.LinkIn(await app.EmailToAsync(colleague, "invites you"), "/account/invitation");
        var successor = app.Anonymous();
        (await successor.PostFormAsync(link, new() { ["Input.DisplayName"] = "Sam Successor", ["Input.Password"] = DemoAccounts.Password })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await successor.PostFormAsync("/organisation/team",
            new() { ["Removal.UserId"] = leaverId.ToString(), ["Removal.SuccessorId"] = (await app.AccountAsync(colleague)).ToString() },
            "/organisation/team?handler=Remove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();

        await RunDigestAsync();
        EmailsTo(leaver.Email, "Your InterimExchange digest").ShouldBeEmpty();
    }

    private Task<int> RunDigestAsync() => app.WithAsync(sp => sp.GetRequiredService<DailyDigest>().RunAsync(Cancel));

    private List<MimeKit.MimeMessage> EmailsTo(string address, string subject) =>
        Directory.Exists(app.MailFolder)
            ? Directory.EnumerateFiles(app.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(to => to.Address == address) && m.Subject?.Contains(subject) == true).ToList()
            : [];
}
