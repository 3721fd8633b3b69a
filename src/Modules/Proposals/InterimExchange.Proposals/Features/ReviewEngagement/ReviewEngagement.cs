using FluentValidation;
using InterimExchange.Briefs.Contracts;

namespace InterimExchange.Proposals.Features.ReviewEngagement;

/// <summary>The review sheet as posted: a row with neither a rating nor evidence is a criterion not reviewed this time.</summary>
internal sealed record ReviewSheet(IReadOnlyList<CriterionReview> Reviews)
{
    public static bool Filled(CriterionReview row) => row.Rating is not null || !string.IsNullOrWhiteSpace(row.Evidence);
}

internal sealed class ReviewSheetValidator : AbstractValidator<ReviewSheet>
{
    public ReviewSheetValidator()
    {
        RuleFor(s => s.Reviews).Must(r => r.Count <= 100).WithMessage("Too many reviews were sent at once.")
            .Must(r => r.Any(ReviewSheet.Filled)).WithMessage("Rate a criterion and give its evidence, then save.");
        RuleForEach(s => s.Reviews).Where(ReviewSheet.Filled).ChildRules(row =>
        {
            row.RuleFor(r => r.Rating).NotNull().WithMessage("Say whether the criterion was met, partly met or not met.")
                .IsInEnum().WithMessage("Say whether the criterion was met, partly met or not met.");
            row.RuleFor(r => r.Evidence).NotEmpty().WithMessage("Give a line of evidence: what shows it.")
                .MaximumLength(1000).WithMessage("Keep the evidence to 1,000 characters.");
        });
    }
}

internal sealed class EndEngagementValidator : AbstractValidator<EndEngagement>
{
    public EndEngagementValidator()
    {
        RuleFor(e => e.Reason).NotNull().WithMessage("Choose why the engagement ends.").IsInEnum().WithMessage("Choose why the engagement ends.");
        RuleFor(e => e.Note).NotEmpty().WithMessage("Add a note: the firm reads it.").MaximumLength(1000).WithMessage("Keep the note to 1,000 characters.");
    }
}

/// <summary>
/// The engagement's reviews and its end: the executive invited to the brief or a coordinator of its RPO reviews each criterion from
/// its date on; the coordinator extends or ends it. Each through the one shape of a change, on an engagement found within the caller's tenancy.
/// </summary>
internal sealed class ReviewEngagementHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IBriefs briefs,
    IValidator<ReviewSheet> reviewValidator, IValidator<EndEngagement> endValidator)
{
    public async Task<Result> ReviewAsync(EngagementReviewer by, Guid briefId, IReadOnlyList<CriterionReview> reviews, CancellationToken cancellationToken)
    {
        // A coordinator reviews their RPO's engagements; an executive only those of briefs they were invited to. Anyone else: not found.
        var allowed = by.RpoId is not null || await briefs.AskAsync(new IsInvitedQuery(by.UserId, briefId), cancellationToken);
        if (!allowed)
        {
            return Result.NotFound();
        }

        return await reviewValidator.RefusalAsync(new ReviewSheet(reviews), cancellationToken)
            ?? await changes.ApplyAsync(c => db.Engagements.SingleOrDefaultAsync(e => e.BriefId == briefId && (by.RpoId == null || e.RpoOrganisationId == by.RpoId), c),
                (engagement, now) => engagement.Review(reviews.Where(ReviewSheet.Filled).Select(r => (r.Number, r.Rating!.Value, r.Evidence!.Trim())), by.Name, now),
                cancellationToken);
    }

    public Task<Result> ExtendAsync(Coordinator by, Guid briefId, DateOnly? plannedEnd, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => OfRpoAsync(by, briefId, c), (engagement, now) => engagement.Extend(plannedEnd, by.Name, now), cancellationToken);

    public async Task<Result> EndAsync(Coordinator by, Guid briefId, EndEngagement input, CancellationToken cancellationToken) =>
        await endValidator.RefusalAsync(input, cancellationToken)
        ?? await changes.ApplyAsync(c => OfRpoAsync(by, briefId, c), (engagement, now) => engagement.End(input.Reason!.Value, input.Note!.Trim(), by.Name, now), cancellationToken);

    private Task<Engagement?> OfRpoAsync(Coordinator by, Guid briefId, CancellationToken cancellationToken) =>
        db.Engagements.SingleOrDefaultAsync(e => e.BriefId == briefId && e.RpoOrganisationId == by.RpoId, cancellationToken);
}
