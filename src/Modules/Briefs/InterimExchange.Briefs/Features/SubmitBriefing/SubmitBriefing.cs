using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.SubmitBriefing;

/// <summary>No rules: a briefing is complete or not by the brief's own rule, which names what is missing.</summary>
internal sealed class SubmitBriefingValidator : AbstractValidator<SubmitBriefingCommand>;

/// <summary>The executive submits the briefing once it is complete; the coordinator is told and reviews it.</summary>
internal sealed class SubmitBriefingHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<SubmitBriefingCommand>
{
    public async Task<Result> HandleAsync(SubmitBriefingCommand command, CancellationToken cancellationToken)
    {
        var (userId, briefId) = (command.By.UserId, command.BriefId);
        if (await db.Briefs.ForExecutiveAsync(db, userId, briefId, cancellationToken) is not { } brief)
        {
            return Result.NotFound();
        }

        var invitation = await db.BriefingInvitations.OfExecutiveAsync(userId, briefId, cancellationToken);
        return await changes.ApplyAsync(brief, (b, now) =>
        {
            invitation.Started(now);
            invitation.Submitted(now);
            b.SubmitBriefing(command.By.Name, now);
            return new BriefingSubmitted(b.Id, b.RpoOrganisationId, now);
        }, cancellationToken);
    }
}
