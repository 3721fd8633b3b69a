using FluentValidation;
using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.ReviewEngagement;

/// <summary>The review sheet as posted: a row with neither a rating nor evidence is a criterion not reviewed this time.</summary>
internal sealed class ReviewEngagementValidator : AbstractValidator<ReviewEngagementCommand>
{
    public ReviewEngagementValidator()
    {
        RuleFor(s => s.Reviews).Must(r => r.Count <= 100).WithMessage("Too many reviews were sent at once.")
            .Must(r => r.Any(Filled)).WithMessage("Rate a criterion and give its evidence, then save.");
        RuleForEach(s => s.Reviews).Where(Filled).ChildRules(row =>
        {
            row.RuleFor(r => r.Rating).NotNull().WithMessage("Say whether the criterion was met, partly met or not met.")
                .IsInEnum().WithMessage("Say whether the criterion was met, partly met or not met.");
            row.RuleFor(r => r.Evidence).NotEmpty().WithMessage("Give a line of evidence: what shows it.")
                .MaximumLength(1000).WithMessage("Keep the evidence to 1,000 characters.");
        });
    }

    public static bool Filled(CriterionReview row) => row.Rating is not null || !string.IsNullOrWhiteSpace(row.Evidence);
}

/// <summary>
/// The executive invited to the brief or a coordinator of its RPO reviews each criterion of the engagement from its date on, on an
/// engagement found within the caller's tenancy.
/// </summary>
internal sealed class ReviewEngagementHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IBriefs briefs)
    : ICommandHandler<ReviewEngagementCommand>
{
    public async Task<Result> HandleAsync(ReviewEngagementCommand command, CancellationToken cancellationToken)
    {
        // A coordinator reviews their RPO's engagements; an executive only those of briefs they were invited to. Anyone else: not found.
        var (by, briefId) = (command.By, command.BriefId);
        Guid? rpoId = by.Kind == OrganisationKind.RpoProvider ? by.OrganisationId : null;
        var allowed = rpoId is not null
            || (by.Kind == OrganisationKind.ClientCompany && await briefs.AskAsync(new IsInvitedQuery(by.UserId, briefId), cancellationToken));
        if (!allowed)
        {
            return Result.NotFound();
        }

        return await changes.ApplyAsync(c => db.Engagements.SingleOrDefaultAsync(e => e.BriefId == briefId && (rpoId == null || e.RpoOrganisationId == rpoId), c),
            (engagement, now) => engagement.Review(command.Reviews.Where(ReviewEngagementValidator.Filled).Select(r => (r.Number, r.Rating!.Value, r.Evidence!.Trim())), by.Name, now),
            cancellationToken);
    }
}
