using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Routing.Features.ExcludeFirm;

internal sealed class ExcludeFirmValidator : AbstractValidator<ExcludeFirmCommand>
{
    public ExcludeFirmValidator() =>
        RuleFor(e => e.Reason).NotEmpty().WithMessage("Say why the firm is excluded for this client: colleagues will read it.")
            .MaximumLength(1000).WithMessage("Keep the reason to 1,000 characters.");
}

/// <summary>The coordinator excludes a firm for a client with a reason: it is not recommended, found or routed for that client's briefs.</summary>
internal sealed class ExcludeFirmHandler(RoutingDbContext db, Changes<RoutingDbContext> changes) : ICommandHandler<ExcludeFirmCommand>
{
    public async Task<Result> HandleAsync(ExcludeFirmCommand command, CancellationToken cancellationToken)
    {
        var firm = await db.Firms.AsNoTracking().SingleOrDefaultAsync(f => f.FirmId == command.FirmId, cancellationToken);
        return firm is null
            ? Result.NotFound()
            : await changes.ApplyAsync(c => db.Briefs.AsNoTracking().SingleOrDefaultAsync(b => b.BriefId == command.BriefId && b.RpoOrganisationId == command.By.OrganisationId, c),
                async (brief, now) =>
                {
                    // Excluded once is enough: a second exclusion of the same firm for the same client changes nothing.
                    if (!await db.Exclusions.AnyAsync(e => e.RpoOrganisationId == brief.RpoOrganisationId && e.ClientCompanyId == brief.ClientCompanyId && e.FirmId == firm.FirmId,
                            cancellationToken))
                    {
                        db.Exclusions.Add(new ClientExclusion(brief, firm, command.Reason.Trim(), command.By.Name, now));
                    }

                    return (object?)null;
                }, cancellationToken);
    }
}
