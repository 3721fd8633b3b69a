using FluentValidation;
using InterimExchange.Briefs.Contracts.IntegrationEvents;
using InterimExchange.BuildingBlocks.Taxonomy;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.AddClientCompany;

internal sealed class AddClientCompanyValidator : AbstractValidator<AddClientCompanyCommand>
{
    public AddClientCompanyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the client company's name.")
            .MaximumLength(200).WithMessage("Keep the name under 200 characters.");
        RuleFor(r => r.Sector).Must(s => Taxonomy.Contains(Taxonomy.Sectors, s)).WithMessage("Choose the client's sector.");
    }
}

/// <summary>
/// The coordinator adds a client company the RPO hires for; its executives will belong to an organisation of their own, which
/// Accounts founds when it hears of the company.
/// </summary>
internal sealed class AddClientCompanyHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<AddClientCompanyCommand>
{
    public async Task<Result> HandleAsync(AddClientCompanyCommand command, CancellationToken cancellationToken)
    {
        var rpoId = command.By.OrganisationId;
        var name = command.Name.Trim();
        if (await db.ClientCompanies.AnyAsync(c => c.RpoOrganisationId == rpoId && c.Name == name, cancellationToken))
        {
            return Result.Failure(nameof(AddClientCompanyCommand.Name), $"{name} is already one of your clients.");
        }

        return await changes.ApplyAsync(now =>
        {
            var company = new ClientCompany(Guid.NewGuid(), rpoId, Guid.NewGuid(), name, command.Sector);
            db.ClientCompanies.Add(company);
            return new Created(company.Id, new ClientCompanyAdded(company.Id, company.OrganisationId, rpoId, name, now));
        }, cancellationToken);
    }
}
