using FluentValidation;

namespace InterimExchange.Routing.Features.ExcludeFirm;

internal sealed class ExcludeFirmValidator : AbstractValidator<Contracts.ExcludeFirm>
{
    public ExcludeFirmValidator() =>
        RuleFor(e => e.Reason).NotEmpty().WithMessage("Say why the firm is excluded for this client: colleagues will read it.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
}

/// <summary>The coordinator excludes a firm for a client with a reason: it is not recommended, found or routed for that client's briefs.</summary>
internal sealed class ExcludeFirmHandler(RoutingDbContext db, Changes<RoutingDbContext> changes, IValidator<Contracts.ExcludeFirm> validator)
{
    public async Task<Result> HandleAsync(Contracts.ExcludeFirm request, CancellationToken cancellationToken)
    {
        var firm = await db.Firms.AsNoTracking().SingleOrDefaultAsync(f => f.FirmId == request.FirmId, cancellationToken);
        var brief = await db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == request.BriefId && b.RpoOrganisationId == request.RpoId, cancellationToken);
        if (firm is null || brief is null)
        {
            return Result.NotFound();
        }

        return await validator.RefusalAsync(request, cancellationToken)
            ?? await changes.ApplyAsync(_ => Task.FromResult<RoutableBrief?>(brief), async (_, now) =>
            {
                // Excluded once is enough: a second exclusion of the same firm for the same client changes nothing.
                if (!await db.Exclusions.AnyAsync(e => e.RpoOrganisationId == brief.RpoOrganisationId && e.ClientCompanyId == brief.ClientCompanyId && e.FirmId == firm.FirmId,
                        cancellationToken))
                {
                    db.Exclusions.Add(new ClientExclusion(brief, firm, request.Reason.Trim(), request.Actor, now));
                }

                return (object?)null;
            }, cancellationToken);
    }
}
