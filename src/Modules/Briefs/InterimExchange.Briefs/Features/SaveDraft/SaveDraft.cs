using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.Taxonomy;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.SaveDraft;

internal sealed class SaveDraftValidator : AbstractValidator<SaveDraftCommand>
{
    public SaveDraftValidator(TimeProvider clock)
    {
        RuleFor(r => r.RoleTitle).NotEmpty().WithMessage("Enter the role title, for example Interim Head of Quality.")
            .MaximumLength(200).WithMessage("Keep the role title under 200 characters.");
        RuleFor(r => r.ClientCompanyId).NotNull().WithMessage("Choose the client company.");
        RuleFor(r => r.Sector).Must(s => Taxonomy.Contains(Taxonomy.Sectors, s)).WithMessage("Choose a sector.");
        RuleFor(r => r.Function).Must(s => Taxonomy.Contains(Taxonomy.Functions, s)).WithMessage("Choose a function.");
        RuleFor(r => r.Seniority).Must(s => Taxonomy.Contains(Taxonomy.Seniorities, s)).WithMessage("Choose a seniority.");
        RuleFor(r => r.Region).Must(s => Taxonomy.Contains(Taxonomy.Regions, s)).WithMessage("Choose a region.");
        RuleFor(r => r.Location).NotEmpty().WithMessage("Enter where the interim will work, for example Leiden, NL.")
            .MaximumLength(200);
        RuleFor(r => r.RemotePolicy).NotNull().WithMessage("Choose on site, hybrid or remote.");
        RuleFor(r => r.ExpectedStart).NotNull().WithMessage("Enter the expected start date.")
            .Must(d => d is null || d >= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("The expected start cannot be in the past.");
        RuleFor(r => r.DurationMonths).NotNull().WithMessage("Enter the expected duration in months.")
            .InclusiveBetween(1, 36).WithMessage("Enter a duration between 1 and 36 months.");
    }
}

/// <summary>The coordinator drafts a brief for one of the RPO's client companies, or changes a brief's details.</summary>
internal sealed class SaveDraftHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<SaveDraftCommand>
{
    public async Task<Result> HandleAsync(SaveDraftCommand request, CancellationToken cancellationToken)
    {
        var (rpoId, actor) = (request.By.OrganisationId, request.By.Name);
        if (!await db.ClientCompanies.AnyAsync(c => c.Id == request.ClientCompanyId && c.RpoOrganisationId == rpoId, cancellationToken))
        {
            return Result.Failure(nameof(SaveDraftCommand.ClientCompanyId), "Choose one of your client companies.");
        }

        var details = new BriefDetails(request.RoleTitle!.Trim(), request.ClientCompanyId!.Value, request.Sector!, request.Function!,
            request.Seniority!, request.Location!.Trim(), request.Region!, request.RemotePolicy!.Value, request.ExpectedStart!.Value,
            request.DurationMonths!.Value, request.Confidential);

        if (request.BriefId is { } briefId)
        {
            var result = await changes.ApplyAsync(db, request.By, briefId, (brief, now) =>
            {
                brief.ChangeDetails(details, actor, now);
                return null;
            }, cancellationToken);
            return result.Succeeded ? Result.Created(briefId) : result;
        }

        return await changes.ApplyAsync(now =>
        {
            var brief = Brief.Draft(rpoId, details, actor, now);
            db.Briefs.Add(brief);
            return new Created(brief.Id, new BriefCreated(brief.Id, brief.RpoOrganisationId, details.RoleTitle, now));
        }, cancellationToken);
    }
}
