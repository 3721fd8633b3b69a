using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ConfirmBriefing;

/// <summary>No rules: confirming names only the brief, and whether it may be confirmed is the brief's own rule.</summary>
internal sealed class ConfirmBriefingValidator : AbstractValidator<ConfirmBriefingCommand>;


/// <summary>The coordinator confirms a submitted briefing: the success criteria lock, and routing learns the brief may be routed.</summary>
internal sealed class ConfirmBriefingHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<ConfirmBriefingCommand>
{
    public Task<Result> HandleAsync(ConfirmBriefingCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, command.By, command.BriefId, (brief, now) =>
        {
            brief.Confirm(command.By.Name, now);
            return brief.Confirmed(now);
        }, cancellationToken);
}
