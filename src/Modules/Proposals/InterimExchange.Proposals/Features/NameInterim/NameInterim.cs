using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.NameInterim;

internal sealed class NameInterimValidator : AbstractValidator<NameInterimCommand>
{
    public NameInterimValidator() =>
        RuleFor(n => n.InterimName).Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("Give the name of the interim: the client and the coordinator use it from now on.")
            .MaximumLength(EngagementWords.InterimNameLength).WithMessage($"Keep the name to {EngagementWords.InterimNameLength} characters.");
}

/// <summary>
/// Proposals name candidates by an alias on purpose; once one is selected, the firm that proposed her gives her real name (and may
/// correct it later), so that the engagement, its reviews and reminders use it. Only that firm finds the engagement to name.
/// </summary>
internal sealed class NameInterimHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes) : ICommandHandler<NameInterimCommand>
{
    public Task<Result> HandleAsync(NameInterimCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Engagements.SingleOrDefaultAsync(e => e.BriefId == command.BriefId && e.FirmId == command.By.OrganisationId, c),
            (engagement, now) => engagement.NameInterim(command.InterimName!, command.By.Name, now), cancellationToken);
}
