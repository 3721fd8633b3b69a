using InterimExchange.Briefs.Contracts.IntegrationEvents;

using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ResumeBrief;

/// <summary>No rules: resuming names only the brief, and whether it is on hold is the brief's own rule.</summary>
internal sealed class ResumeBriefValidator : AbstractValidator<ResumeBriefCommand>;


/// <summary>The coordinator resumes a brief on hold: it goes back where it was, and what waited on it is awaited again.</summary>
internal sealed class ResumeBriefHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<ResumeBriefCommand>
{
    public Task<Result> HandleAsync(ResumeBriefCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(db, command.By, command.BriefId, (brief, now) =>
        {
            brief.Resume(command.By.Name, now);
            return new BriefResumed(brief.Id, brief.RpoOrganisationId, now);
        }, cancellationToken);
}
