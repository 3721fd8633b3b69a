namespace InterimExchange.Briefs.Features.ConfirmBriefing;

/// <summary>The coordinator confirms a submitted briefing: the success criteria lock, and routing learns the brief may be routed.</summary>
internal sealed class ConfirmBriefingHandler(BriefsDbContext db, Changes<BriefsDbContext> changes)
{
    public Task<Result> HandleAsync(BriefCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, command, (brief, now) =>
        {
            brief.Confirm(command.Actor, now);
            return brief.Confirmed(now);
        }, cancellationToken);
}
