using System.Net;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Relationships.Data;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Relationships.Tests;

/// <summary>A name written with line breaks cannot add lines (another attendee, an attachment) to the calendar files others receive.</summary>
public sealed class CalendarNameTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private const string Maria = "maria.santos@meridianquality.example";
    private const string Amelia = "amelia.hart@northbridge.example";

    private const string Intruding = "Maria Santos\r\nATTENDEE;CN=Eve:mailto:eve@attacker.example\r\nATTACH:https://attacker.example/payload\u0085\u2028";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_display_name_with_line_breaks_is_kept_on_one_line_and_the_invitation_has_one_attendee_per_person_and_no_extra_property()
    {
        var mariaId = await app.AccountAsync(Maria);
        (await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().SendAsync(new ChangeNameCommand(Callers.Firm(Meridian, userId: mariaId), Intruding), Cancel))).Succeeded.ShouldBeTrue();
        const string kept = "Maria Santos ATTENDEE;CN=Eve:mailto:eve@attacker.example ATTACH:https://attacker.example/payload";

        var relationshipId = await app.WithAsync(sp => sp.GetRequiredService<RelationshipsDbContext>().Relationships
            .Where(r => r.RpoOrganisationId == Northbridge && r.CounterpartId == Meridian).Select(r => r.Id).SingleAsync(Cancel));
        var ameliaId = await app.AccountAsync(Amelia);
        var maria = await app.SignedInAsync(Maria);
        var asked = await maria.PostFormAsync($"/conversations/new?relationship={relationshipId}", new()
        {
            ["Relationship"] = relationshipId.ToString(), ["With"] = ameliaId.ToString(), ["ThroughCoordinator"] = "false",
            ["Purpose"] = "We need to talk because our bench fits your first quarter.", ["Format"] = "Video", ["Where"] = "https://meet.example/meridian",
            ["Minutes"] = "45", ["Time1"] = "2026-11-05T10:00", ["Time2"] = "2026-11-05T14:00",
        });
        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = asked.Headers.Location!.OriginalString;
        var amelia = await app.SignedInAsync(Amelia);
        (await amelia.PostFormAsync(page, new() { ["StartsAtUtc"] = "2026-11-05T09:00:00" }, $"{page}?handler=Accept")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var ics = await amelia.GetStringAsync($"{page}/calendar.ics", Cancel);
        var invitation = Ical.Net.Calendar.Load(ics)!.Events.Single();
        invitation.Organizer!.Value!.ToString().ShouldBe($"mailto:{Maria}");
        invitation.Organizer.CommonName.ShouldBe(kept);
        invitation.Attendees.Select(a => a.Value!.ToString()).ShouldBe([$"mailto:{Amelia}"]);
        invitation.Attachments.ShouldBeEmpty();

        // Unfolded, the file has one ATTENDEE line and one ORGANIZER line, and no line of the name's own.
        var lines = ics.Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n");
        lines.Count(l => l.StartsWith("ATTENDEE", StringComparison.Ordinal)).ShouldBe(1);
        lines.Count(l => l.StartsWith("ORGANIZER", StringComparison.Ordinal)).ShouldBe(1);
        lines.ShouldNotContain(l => l.StartsWith("ATTACH", StringComparison.Ordinal));
        ics.ShouldNotContain("\u0085");
        ics.ShouldNotContain("\u2028");
    }
}
