using InterimExchange.Briefs.Contracts.IntegrationEvents;

namespace InterimExchange.Briefs.Features.ResumeBrief;

/// <summary>The coordinator resumes a brief on hold: it goes back where it was, and what waited on it is awaited again.</summary>
internal sealed class ResumeBriefHandler(BriefsDbContext db, Changes<BriefsDbContext> changes)
{
    public Task<Result> HandleAsync(BriefCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, command, (brief, now) =>
        {
            brief.Resume(command.Actor, now);
            return new BriefResumed(brief.Id, brief.RpoOrganisationId, now);
        }, cancellationToken);
}
