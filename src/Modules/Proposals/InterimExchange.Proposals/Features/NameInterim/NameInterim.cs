using FluentValidation;

namespace InterimExchange.Proposals.Features.NameInterim;

internal sealed class NameInterimValidator : AbstractValidator<NameTheInterim>
{
    public NameInterimValidator() =>
        RuleFor(n => n.InterimName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Give the name of the interim: the client and the coordinator use it from now on.")
            .MaximumLength(EngagementWords.InterimNameLength).WithMessage($"Keep the name to {EngagementWords.InterimNameLength} characters.");
}

/// <summary>
/// Proposals name candidates by an alias on purpose; once one is selected, the firm that proposed her gives her real name (and may
/// correct it later), so that the engagement, its reviews and reminders use it. Only that firm finds the engagement to name.
/// </summary>
internal sealed class NameInterimHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IValidator<NameTheInterim> validator)
{
    public async Task<Result> HandleAsync(Guid firmId, string by, Guid briefId, NameTheInterim input, CancellationToken cancellationToken)
    {
        // Another organisation's brief answers not found before anything is said about the input.
        if (!await db.Engagements.AnyAsync(e => e.BriefId == briefId && e.FirmId == firmId, cancellationToken))
        {
            return Result.NotFound();
        }

        return await validator.RefusalAsync(input, cancellationToken)
            ?? await changes.ApplyAsync(c => db.Engagements.SingleOrDefaultAsync(e => e.BriefId == briefId && e.FirmId == firmId, c),
                (engagement, now) => engagement.NameInterim(input.InterimName!, by, now), cancellationToken);
    }
}
