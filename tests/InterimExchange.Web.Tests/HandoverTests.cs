using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Persistence;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Web.Tests;

/// <summary>
/// A busy coordinator leaves: everything she owned in every module goes to the colleague she is removed in favour of, the people
/// concerned are told, and afterwards no open item anywhere names her.
/// </summary>
public sealed partial class HandoverTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private const string Daniel = "daniel.weber@regpath.example";
    private const string Maria = "maria.santos@meridianquality.example";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// Every column of every module that names a person an item belongs to or waits on, with what makes its item still open. A new
    /// such column fails <see cref="Every_column_that_names_an_owner_is_known"/> until it is listed here and handed over.
    /// </summary>
    private static readonly Dictionary<string, string> OpenWhen = new()
    {
        ["accounts.Integrations.RegisteredBy"] = "DisabledAtUtc IS NULL",
        ["accounts.Handovers.ToUserId"] = "ForGood = 0 AND TakenBackAtUtc IS NULL",
        ["accounts.UserSessions.UserId"] = "EndedAtUtc IS NULL",
        ["accounts.InvitationTokens.IssuedBy"] = "Purpose = 'accounts.colleague' AND RedeemedAtUtc IS NULL AND RevokedAtUtc IS NULL",
        ["briefs.BriefingInvitations.ExecutiveUserId"] = "RevokedAtUtc IS NULL",
        ["proposals.Decisions.OwnerId"] = "Outcome IS NULL OR (Outcome = 'BriefOnHold' AND Reopened = 0)",
        ["proposals.Engagements.OwnerId"] = "EndedOn IS NULL",
        ["relationships.Relationships.OwnerId"] = "1 = 1",
        ["relationships.RoutedBriefs.CoordinatorId"] = "1 = 1",
        ["relationships.Conversations.RequesterUserId"] = "State IN ('Requested', 'Accepted')",
        ["relationships.Conversations.ResponderUserId"] = "State IN ('Requested', 'Accepted')",
        ["relationships.Conversations.GuestUserId"] = "State IN ('Requested', 'Accepted')",
        ["relationships.Conversations.AwaitingUserId"] = "State IN ('Requested', 'Accepted')",

        // A person's own rows, never an item anyone waits on: their sign-in's roles, claims, logins and tokens, the record of their
        // handovers, their notifications, digests and email preference.
        ["accounts.Handovers.FromUserId"] = "1 = 0",
        ["accounts.AspNetUserRoles.UserId"] = "1 = 0",
        ["accounts.AspNetUserClaims.UserId"] = "1 = 0",
        ["accounts.AspNetUserLogins.UserId"] = "1 = 0",
        ["accounts.AspNetUserTokens.UserId"] = "1 = 0",
        ["notifications.Notifications.UserId"] = "1 = 0",
        ["notifications.Digests.UserId"] = "1 = 0",
        ["notifications.Preferences.UserId"] = "1 = 0",
    };

    [Fact]
    public async Task Every_column_that_names_an_owner_is_known()
    {
        var columns = await app.WithAsync(sp => Task.FromResult(PersonColumns(sp).Select(c => c.Key).ToList()));

        columns.ShouldBe(OpenWhen.Keys, ignoreOrder: true);
    }

    [Fact]
    public async Task A_coordinator_removed_with_her_work_handed_to_a_colleague_leaves_no_open_item_in_her_name_and_everyone_concerned_is_told()
    {
        await app.QuietAsync();
        var amelia = await app.SignedInAsync(Amelia);
        var ameliaId = await IdOfAsync(Amelia);
        var tomId = await IdOfAsync(Tom);

        // Daniel accepts the conversation Amelia asked him for: it is in his calendar, with Amelia as its organiser.
        var daniel = await app.SignedInAsync(Daniel);
        var withNorthbridge = RelationshipLink().Match(await daniel.GetStringAsync("/firm/relationships", Cancel)).Value;
        var conversation = ConversationLink().Match(await daniel.GetStringAsync(withNorthbridge, Cancel)).Value;
        var time = ProposedTime().Match(await daniel.GetStringAsync(conversation, Cancel)).Groups[1].Value;
        (await daniel.PostFormAsync(conversation, new() { ["StartsAtUtc"] = time }, $"{conversation}?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();

        // A brief of hers went to two firms: one routed brief per firm, one coordinator for the brief.
        await app.RoutedBriefAsync("Interim Director of Regulatory Affairs", Amelia, [Marketplace.Meridian, Marketplace.RegPath]);
        var before = await OpenItemsNamingAsync(ameliaId);
        before["proposals.Decisions.OwnerId"].ShouldBeGreaterThan(0);
        before["relationships.Relationships.OwnerId"].ShouldBeGreaterThan(0);
        before["relationships.RoutedBriefs.CoordinatorId"].ShouldBeGreaterThan(0);
        before["relationships.Conversations.RequesterUserId"].ShouldBeGreaterThan(0);

        // Amelia makes Tom an admin; Tom removes Amelia and takes her work.
        (await amelia.PostFormAsync("/organisation/team", [], $"/organisation/team?handler=MakeAdmin&userId={tomId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var tom = await app.SignedInAsync(Tom);
        (await tom.PostFormAsync("/organisation/team",
            new() { ["Removal.UserId"] = ameliaId.ToString(), ["Removal.SuccessorId"] = tomId.ToString(), ["Removal.Note"] = "Tom knows every brief of mine." },
            "/organisation/team?handler=Remove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.QuietAsync();

        (await OpenItemsNamingAsync(ameliaId)).Where(c => c.Value > 0).ShouldBeEmpty("no open item names the person who left");
        (await amelia.GetAsync("/rpo", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "her session ended");

        var board = WebUtility.HtmlDecode(await tom.GetStringAsync("/rpo/decisions", Cancel));
        var decisions = board[board.IndexOf("<h1>", StringComparison.Ordinal)..];
        decisions.ShouldContain("Tom Okafor");
        decisions.ShouldNotContain("Amelia Hart", customMessage: Around(decisions, "Amelia Hart"));

        // The firm learns its new contact, in its timeline and by email, with Amelia's line.
        var email = await app.EmailToAsync(Maria, "Your contact at Northbridge Talent Partners is now Tom Okafor");
        email.ShouldContain("Tom knows every brief of mine.");
        var relationship = PortalFactory.LinkIn(email, "/firm/relationships/");
        var timeline = WebUtility.HtmlDecode(await (await app.SignedInAsync(Maria)).GetStringAsync(relationship, Cancel));
        timeline.ShouldContain("Tom Okafor took over from Amelia Hart as the contact at Northbridge Talent Partners.");

        // Daniel's calendar event is updated, not doubled: the same UID, a higher SEQUENCE, Tom as organiser.
        var update = Ical.Net.Calendar.Load(await app.CalendarFileAsync(Daniel, "Tom Okafor holds this conversation now"))!.Events.Single();
        update.Uid.ShouldBe($"{Guid.Parse(conversation.Split('/')[^1]):N}@interimexchange");
        update.Sequence.ShouldBe(1);
        update.Organizer!.Value!.ToString().ShouldBe($"mailto:{Tom}");
        (await app.EmailCountAsync(Amelia, "holds this conversation now")).ShouldBe(0, "the person who left receives no more email");
    }

    private async Task<Dictionary<string, int>> OpenItemsNamingAsync(Guid userId) => await app.WithAsync(async sp =>
    {
        var counts = new Dictionary<string, int>();
        foreach (var (key, (db, table, column)) in PersonColumns(sp))
        {
#pragma warning disable EF1002 // The table and column names come from the model, the condition from this test, the id is a parameter.
            counts[key] = await db.Database.SqlQueryRaw<int>(
                $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}} AND ({OpenWhen.GetValueOrDefault(key, "1 = 1")})",
                userId.ToString().ToUpperInvariant()).SingleAsync(Cancel);
#pragma warning restore EF1002
        }

        return counts;
    });

    /// <summary>The Guid columns whose names say they name a person an item belongs to or waits on, in every module's model.</summary>
    private static Dictionary<string, (DbContext Db, string Table, string Column)> PersonColumns(IServiceProvider services)
    {
        var columns = new Dictionary<string, (DbContext, string, string)>();
        foreach (var module in services.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)services.GetRequiredService(module.Context);
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null && !e.IsOwned()))
            {
                foreach (var property in entity.GetProperties().Where(p => (p.ClrType == typeof(Guid) || p.ClrType == typeof(Guid?)) && PersonColumn().IsMatch(p.Name)))
                {
                    columns[$"{module.Module}.{entity.GetTableName()}.{property.GetColumnName()}"] = (db, entity.GetTableName()!, property.GetColumnName());
                }
            }
        }

        return columns;
    }

    private static string Around(string html, string text) =>
        html.IndexOf(text, StringComparison.Ordinal) is var at and >= 0 ? html[Math.Max(0, at - 400)..Math.Min(html.Length, at + 200)] : "";

    private Task<Guid> IdOfAsync(string email) => app.AccountAsync(email);

    [GeneratedRegex("(Owner|Coordinator|User)Id$|^(RegisteredBy|IssuedBy)$")]
    private static partial Regex PersonColumn();

    [GeneratedRegex("/firm/relationships/[0-9a-f-]{36}")]
    private static partial Regex RelationshipLink();

    [GeneratedRegex("/conversations/[0-9a-f-]{36}")]
    private static partial Regex ConversationLink();

    [GeneratedRegex("name=\"StartsAtUtc\" value=\"([^\"]+)\"")]
    private static partial Regex ProposedTime();
}
