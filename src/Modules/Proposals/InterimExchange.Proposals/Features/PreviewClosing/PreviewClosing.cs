using FluentValidation;
using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Proposals.Features.PreviewClosing;

/// <summary>
/// Who will be told what if one of the caller's RPO's briefs closes this way, and whether it can: the closing's own checks, the
/// input first (no personal message is written yet), then the state.
/// </summary>
internal sealed class PreviewClosingHandler(ProposalsDbContext db, IBriefs briefs, IValidator<CloseBriefCommand> closing, TimeProvider clock)
    : IQueryHandler<PreviewClosingQuery, ClosingPreview?>
{
    public async Task<ClosingPreview?> HandleAsync(PreviewClosingQuery query, CancellationToken cancellationToken)
    {
        if (await briefs.AskAsync(new ReviewBriefQuery(query.By.OrganisationId, query.BriefId), cancellationToken) is not { } brief)
        {
            return null;
        }

        var open = await db.OpenDecisionsAsync(query.BriefId, cancellationToken);
        var input = await closing.ValidateAsync(new CloseBriefCommand(query.By, query.BriefId, query.Closing, new Dictionary<Guid, string>()), cancellationToken);
        var check = !input.IsValid
            ? Result.From(input)
            : await db.StateRefusalAsync(query.BriefId, query.Closing, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken) ?? Result.Success;
        return new ClosingPreview(brief.RoleTitle, check,
            OutcomeMessages.Plan(open, query.Closing).Select(p => new OutcomePreview(p.Decision.Id, p.Decision.FirmName, p.Decision.What, p.Outcome, p.Message)).ToList());
    }
}
