using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.EndEngagement;

internal sealed class EndEngagementValidator : AbstractValidator<EndEngagementCommand>
{
    public EndEngagementValidator()
    {
        RuleFor(e => e.Reason).NotNull().WithMessage("Choose why the engagement ends.").IsInEnum().WithMessage("Choose why the engagement ends.");
        RuleFor(e => e.Note).NotEmpty().WithMessage("Add a note: the firm reads it.").MaximumLength(1000).WithMessage("Keep the note to 1,000 characters.");
    }
}

/// <summary>The coordinator ends their RPO's engagement early, with a reason and a note; criteria not reviewed stay "not reviewed".</summary>
internal sealed class EndEngagementHandler(ProposalsDbContext db, Changes<ProposalsDbContext> changes) : ICommandHandler<EndEngagementCommand>
{
    public Task<Result> HandleAsync(EndEngagementCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Engagements.SingleOrDefaultAsync(e => e.BriefId == command.BriefId && e.RpoOrganisationId == command.By.OrganisationId, c),
            (engagement, now) => engagement.End(command.Reason!.Value, command.Note!.Trim(), command.By.Name, now), cancellationToken);
}
