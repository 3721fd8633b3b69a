using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Features;

/// <summary>
/// The decisions owed to firms (each with its owner and decision-by date) and each firm's timeline, kept in step with what
/// happens to a routed brief in the same SaveChanges as the change itself: every use case of the module that gives an
/// outcome or tells a firm something goes through here.
/// </summary>
internal static class DecisionsOwed
{
    public static void Note(this ProposalsDbContext db, Guid briefId, Guid firmId, DateTime atUtc, string text) =>
        db.Timeline.Add(new TimelineEntry(briefId, firmId, atUtc, text));

    /// <summary>From the moment a brief is routed, the firm is owed an outcome by a date it can see.</summary>
    public static Decision Routed(this ProposalsDbContext db, InboxItem item, Guid ownerId, string ownerName, DecisionPolicyView policy)
    {
        var decision = Decision.ForRoutedBrief(item, ownerId, ownerName, BusinessDays.Add(item.ProposalsDue, policy.DaysAfterProposalsDue));
        db.Decisions.Add(decision);
        db.Note(item.BriefId, item.FirmId, item.RoutedAtUtc,
            $"Routed to you by {ownerName}: answer by {item.RespondBy:d MMMM yyyy}, proposals due {item.ProposalsDue:d MMMM yyyy}. You will hear by {decision.DecisionBy:d MMMM yyyy}.");
        return decision;
    }

    public static async Task<DecisionPolicyView> PolicyAsync(this ProposalsDbContext db, Guid rpoId, CancellationToken cancellationToken) =>
        await db.DecisionPolicies.AsNoTracking().Where(p => p.RpoOrganisationId == rpoId)
            .Select(p => new DecisionPolicyView(p.DaysAfterProposalsDue, p.DaysAfterShortlisting))
            .SingleOrDefaultAsync(cancellationToken) ?? DecisionPolicyView.Default;

    /// <summary>The open decisions of a brief, tracked: its routed briefs, proposals and shortlisted candidates still awaiting an outcome.</summary>
    public static Task<List<Decision>> OpenDecisionsAsync(this ProposalsDbContext db, Guid briefId, CancellationToken cancellationToken) =>
        db.Decisions.Where(d => d.BriefId == briefId && d.Outcome == null).OrderBy(d => d.FirmName).ThenBy(d => d.Subject).ToListAsync(cancellationToken);

    /// <summary>The open decision on a firm's routed brief or proposal (not its candidates).</summary>
    public static Task<Decision?> OpenFirmDecisionAsync(this ProposalsDbContext db, Guid briefId, Guid firmId, CancellationToken cancellationToken) =>
        db.Decisions.SingleOrDefaultAsync(d => d.BriefId == briefId && d.FirmId == firmId && d.Outcome == null && d.Subject != DecisionSubject.Candidate, cancellationToken);

    /// <summary>A change to one decision of a brief the caller's RPO owns, run through the one shape of a change.</summary>
    public static Task<Result> ApplyToDecisionAsync(this Changes<ProposalsDbContext> changes, ProposalsDbContext db, Caller by, Guid briefId, Guid decisionId,
        Func<Decision, DateTime, object?> change, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Decisions.SingleOrDefaultAsync(d => d.Id == decisionId && d.BriefId == briefId && d.RpoOrganisationId == by.OrganisationId, c),
            change, cancellationToken);

    /// <summary>A decision as the coordinator and the firm read it, with how late it is today.</summary>
    public static DecisionView View(this Decision d, DateOnly today) =>
        new(d.Id, d.BriefId, d.RoleTitle, d.FirmId, d.FirmName, d.Channel, d.Subject, d.CandidateAlias, d.OwnerName, d.DecisionBy, d.DaysOverdue(today),
            d.Outcome, d.Message, d.Automated, d.DecidedAtUtc);

    /// <summary>Gives the outcome and writes it in the firm's timeline with its message; returns the event to publish, if any.</summary>
    public static object? Decide(this ProposalsDbContext db, Decision decision, Outcome outcome, string message, bool automated, DateTime nowUtc,
        NotProgressedReason? reason = null, DateOnly? reviewDate = null)
    {
        var given = decision.Give(outcome, message, automated, nowUtc, reason, reviewDate);
        if (given is not null)
        {
            db.Note(decision.BriefId, decision.FirmId, nowUtc, $"{OutcomeWords.Of(outcome)}: your {decision.What}. {message}");
        }

        return given;
    }
}

/// <summary>The automated messages. Each says that it is automated; a coordinator can always write a personal one instead.</summary>
internal static class OutcomeMessages
{
    private const string Automated = "This is an automated message from InterimExchange.";

    public static string Shortlisted(string roleTitle, string alias, DateOnly decisionBy) =>
        $"{Automated} Your candidate {alias} is shortlisted for {roleTitle}. You will hear about them by {decisionBy:d MMMM yyyy}.";

    public static string For(Decision decision, BriefClosing closing, Outcome outcome) => (closing.Kind, outcome) switch
    {
        // A firm gives its interim's name once selected; the RPO's own sourcing team has no firm portal to give it in.
        (_, Outcome.Selected) => $"{Automated} The candidate you proposed as {decision.CandidateAlias} is selected for {decision.RoleTitle}. "
            + (decision.Channel == RoutingChannel.SpecialistFirm ? "Please give the interim's name on the engagement page, so that the client and the coordinator can use it. " : "")
            + "The coordinator will be in touch about the start.",
        (ClosingKind.Filled, _) => $"{Automated} {decision.RoleTitle} has been filled with another candidate, so your {decision.What} does not progress. Thank you for the work you put into it.",
        (ClosingKind.OnHold, _) => $"{Automated} {decision.RoleTitle} is on hold: {closing.Reason}. It will be reviewed by {closing.ReviewDate:d MMMM yyyy}, and you will hear then.",
        _ => $"{Automated} {decision.RoleTitle} has been withdrawn: {closing.Reason}. Your {decision.What} does not progress. Thank you for the work you put into it.",
    };

    /// <summary>Who will be told what when the brief closes this way: the selected candidate is selected, everything else open gets the closing's outcome.</summary>
    public static IEnumerable<(Decision Decision, Outcome Outcome, string Message)> Plan(IEnumerable<Decision> open, BriefClosing closing) =>
        open.Select(decision =>
        {
            var outcome = closing.Kind switch
            {
                ClosingKind.Filled when decision.Subject == DecisionSubject.Candidate && decision.CandidateId == closing.CandidateId && decision.ProposalId == closing.ProposalId
                    => Outcome.Selected,
                ClosingKind.Filled => Outcome.NotProgressed,
                ClosingKind.OnHold => Outcome.BriefOnHold,
                _ => Outcome.BriefWithdrawn,
            };
            return (decision, outcome, For(decision, closing, outcome));
        });
}
