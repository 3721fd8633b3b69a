using InterimExchange.Insights.Contracts;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Contracts.IntegrationEvents;
using InterimExchange.Routing.Contracts;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Insights.Tests;

/// <summary>
/// Track records computed from a history of events published on the app's bus, whose right answers are worked out here by hand:
/// a firm with six briefs (percentages), a firm with two (counts), a firm with none, and an RPO's promises.
/// </summary>
public sealed class TrackRecordTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly Guid rpo = Guid.NewGuid();
    private readonly Guid busy = Guid.NewGuid();
    private readonly Guid small = Guid.NewGuid();
    private readonly Guid unknown = Guid.NewGuid();

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private Task PublishAsync<T>(T message) where T : class => app.WithAsync(async sp =>
    {
        await sp.GetRequiredService<IBus>().Publish(message, Cancel);
        return true;
    });

    private Task<T> RecordsAsync<T>(Func<IInsights, Task<T>> read) => app.WithAsync(sp => read(sp.GetRequiredService<IInsights>()));

    private async Task RouteAsync(Guid brief, Guid firm, DateTime routedAt, double? answeredAfterHours, bool interested = true)
    {
        await PublishAsync(new BriefRoutedToFirm(brief, firm, "A firm", RoutingChannel.SpecialistFirm, rpo, "Interim Role", 1, "", [],
            DateOnly.FromDateTime(routedAt).AddDays(3), DateOnly.FromDateTime(routedAt).AddDays(10), routedAt, Guid.NewGuid(), "A coordinator"));
        if (answeredAfterHours is { } hours)
        {
            await PublishAsync(new FirmRespondedToBrief(brief, firm, interested, interested ? null : nameof(DeclineReason.NoFit), null, routedAt.AddHours(hours)));
        }
    }

    private Task ReviewAsync(Guid engagement, Guid brief, int number, CriterionRating rating) =>
        PublishAsync(new CriterionReviewed(engagement, brief, rpo, busy, "Interim Role", "Candidate", number, "An outcome", rating, "Evidence", "Sofia", Now.AddDays(-1)));

    [Fact]
    public async Task A_firm_s_track_record_counts_each_figure_with_its_base_and_shows_counts_below_five()
    {
        var routedAt = Now.AddDays(-60);
        var briefs = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToArray();
        // Six briefs: answered after 1 h, 30 h, 5 days (a decline, after the respond-by date), 2 h, 50 h, and never.
        await RouteAsync(briefs[0], busy, routedAt, 1);
        await RouteAsync(briefs[1], busy, routedAt, 30);
        await RouteAsync(briefs[2], busy, routedAt, 120, interested: false);
        await RouteAsync(briefs[3], busy, routedAt, 2);
        await RouteAsync(briefs[4], busy, routedAt, 50);
        await RouteAsync(briefs[5], busy, routedAt, null);
        // Three proposals, two shortlisted, one selected and engaged; its four criteria met, partly met, not met, met.
        foreach (var brief in briefs[..2].Append(briefs[3]))
        {
            await PublishAsync(new ProposalSubmitted(Guid.NewGuid(), brief, busy, "A firm", rpo, 1, routedAt.AddDays(5)));
        }

        await PublishAsync(new CandidateShortlisted(briefs[0], rpo, Guid.NewGuid(), busy, Guid.NewGuid(), "Candidate", "Amelia", routedAt.AddDays(8)));
        await PublishAsync(new CandidateShortlisted(briefs[1], rpo, Guid.NewGuid(), busy, Guid.NewGuid(), "Candidate", "Amelia", routedAt.AddDays(8)));
        await PublishAsync(new CandidateSelected(briefs[0], rpo, Guid.NewGuid(), busy, Guid.NewGuid(), "Candidate", "Amelia", routedAt.AddDays(9)));
        var engagement = Guid.NewGuid();
        await PublishAsync(new EngagementStarted(engagement, briefs[0], rpo, busy, "A firm", "Candidate", DateOnly.FromDateTime(routedAt).AddDays(12), [], "Amelia",
            routedAt.AddDays(9)));
        await ReviewAsync(engagement, briefs[0], 1, CriterionRating.Met);
        await ReviewAsync(engagement, briefs[0], 2, CriterionRating.PartlyMet);
        await ReviewAsync(engagement, briefs[0], 3, CriterionRating.NotMet);
        await ReviewAsync(engagement, briefs[0], 4, CriterionRating.Met);
        // A second firm with two briefs, both answered the same day; a third with none.
        await RouteAsync(Guid.NewGuid(), small, routedAt, 3);
        await RouteAsync(Guid.NewGuid(), small, routedAt, 4);

        IReadOnlyDictionary<Guid, FirmTrackRecord> records = null!;
        await TestServices.Eventually(async () =>
        {
            records = await RecordsAsync(r => r.AskAsync(new FirmTrackRecordsQuery([busy, small, unknown]), Cancel));
            var b = records[busy];
            return b is { BriefsReceived: 6, Answered: 5, Proposals: 3, Engagements: 1 } && b.Selected.Part == 1 && b.Shortlisted.Part == 2 && b.HitOnTarget.Base == 4
                && records[small].Answered == 2;
        }, TimeSpan.FromSeconds(30), "the history in the track records");

        var record = records[busy];
        record.AnsweredByRespondBy.ShouldBe(new Share(4, 6));
        record.AnsweredByRespondBy.ToString().ShouldBe("67% of 6");
        // Median of 1, 2, 30, 50 and 120 hours.
        record.MedianTimeToAnswer.ShouldBe(TimeSpan.FromHours(30));
        record.TimeToAnswer.ShouldBe("1 day 6 hours (median of 5)");
        record.InterestedAnswers.ShouldBe(4);
        record.ProposalsPerInterestedAnswer.ShouldBe("3 proposals on 4 interested answers");
        record.Shortlisted.ToString().ShouldBe("2 of 3");
        record.Selected.ToString().ShouldBe("1 of 3");
        record.HitOnTarget.ShouldBe(new Share(2.5m, 4));
        record.HitOnTarget.ToString().ShouldBe("2½ of 4");
        record.HitOnTargetLine.ShouldBe("Met 2½ of 4 reviewed criteria on 1 engagement");

        records[small].AnsweredByRespondBy.ToString().ShouldBe("2 of 2");
        records[small].TimeToAnswer.ShouldBe("3 hours (median of 2)");
        records[small].HitOnTarget.ToString().ShouldBe("none yet");
        records[unknown].HasHistory.ShouldBeFalse();
    }

    [Fact]
    public async Task An_RPO_s_promise_record_counts_dates_kept_days_late_items_past_their_date_and_personal_feedback()
    {
        var today = DateOnly.FromDateTime(Now);
        var promised = today.AddDays(-20);
        async Task GiveAsync(int daysAfterPromise, Outcome outcome, bool automated) =>
            await PublishAsync(new OutcomeGiven(Guid.NewGuid(), Guid.NewGuid(), rpo, busy, RoutingChannel.SpecialistFirm, "Interim Role", "proposal", outcome, "A message",
                automated, promised, promised.AddDays(daysAfterPromise).ToDateTime(new TimeOnly(12, 0))));

        // Five outcomes: two by the date (one early, one on the day), three late by 3, 1 and 5 days; of three not progressed, one personal.
        await GiveAsync(-1, Outcome.Selected, automated: false);
        await GiveAsync(3, Outcome.NotProgressed, automated: false);
        await GiveAsync(1, Outcome.NotProgressed, automated: true);
        await GiveAsync(0, Outcome.NotProgressed, automated: true);
        await GiveAsync(5, Outcome.BriefWithdrawn, automated: true);
        // Open items: one past its date; one moved to a later date; one past its date whose firm then declined.
        var declinedBrief = Guid.NewGuid();
        await PublishAsync(new DecisionReminderDue(Guid.NewGuid(), Guid.NewGuid(), rpo, Guid.NewGuid(), "Interim Role", busy, "A firm", "routed brief", today.AddDays(-2), 2, Now));
        await PublishAsync(new DecisionDateMoved(Guid.NewGuid(), Guid.NewGuid(), rpo, busy, RoutingChannel.SpecialistFirm, "Interim Role", "proposal", today, today.AddDays(5),
            "Client travelling", "Amelia", Now));
        await PublishAsync(new DecisionReminderDue(Guid.NewGuid(), declinedBrief, rpo, Guid.NewGuid(), "Interim Role", small, "A firm", "routed brief", today.AddDays(-1), 1, Now));

        await TestServices.Eventually(async () => await RecordsAsync(r => r.AskAsync(new PromisesQuery(rpo), Cancel)) is { KeptDates.Base: 5, PastDateNow: 2 },
            TimeSpan.FromSeconds(30), "the promises");
        await PublishAsync(new FirmRespondedToBrief(declinedBrief, small, false, nameof(DeclineReason.NoCapacity), null, Now));
        await TestServices.Eventually(async () => await RecordsAsync(r => r.AskAsync(new PromisesQuery(rpo), Cancel)) is { PastDateNow: 1 },
            TimeSpan.FromSeconds(30), "the declined item closed");

        var record = await RecordsAsync(r => r.AskAsync(new PromisesQuery(rpo), Cancel));
        record.KeptDates.ShouldBe(new Share(2, 5));
        record.KeptDates.ToString().ShouldBe("40% of 5");
        record.MedianDaysLate.ShouldBe(3);
        record.PersonalFeedback.ToString().ShouldBe("1 of 3");
        record.Line("Northbridge").ShouldBe("Northbridge kept 2 of 5 decision dates in the last twelve months.");
    }
}
