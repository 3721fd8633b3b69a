using FluentValidation;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.Briefs.Data;
using InterimExchange.Briefs.Domain;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.BuildingBlocks.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Briefs.Features.DraftBrief;

internal sealed class SaveDraftValidator : AbstractValidator<SaveDraft>
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

internal sealed class DraftBriefHandler(BriefsDbContext db, BriefChanges changes, IValidator<SaveDraft> validator, TimeProvider clock)
{
    public async Task<Result> SaveAsync(SaveDraft request, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.From(validation);
        }

        if (!await db.ClientCompanies.AnyAsync(c => c.Id == request.ClientCompanyId && c.RpoOrganisationId == request.RpoId, cancellationToken))
        {
            return Result.Failure(nameof(SaveDraft.ClientCompanyId), "Choose one of your client companies.");
        }

        var details = new BriefDetails(request.RoleTitle!.Trim(), request.ClientCompanyId!.Value, request.Sector!, request.Function!,
            request.Seniority!, request.Location!.Trim(), request.Region!, request.RemotePolicy!.Value, request.ExpectedStart!.Value,
            request.DurationMonths!.Value, request.Confidential);

        if (request.BriefId is { } briefId)
        {
            var result = await changes.ApplyAsync(new BriefCommand(request.RpoId, briefId, Guid.Empty, request.Actor), brief =>
            {
                brief.ChangeDetails(details, request.Actor, changes.Now);
                return null;
            }, cancellationToken);
            return result.Succeeded ? Result.Created(briefId) : result;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var created = Brief.Draft(request.RpoId, details, request.Actor, now);
        db.Briefs.Add(created);
        db.AddToOutbox(new BriefCreated(created.Id, created.RpoOrganisationId, details.RoleTitle, now), clock);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Created(created.Id);
    }
}
