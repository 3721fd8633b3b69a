using FluentValidation;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.Taxonomy;

namespace InterimExchange.Briefs.Features.ClientCompanies;

internal sealed class AddClientCompanyValidator : AbstractValidator<AddClientCompany>
{
    public AddClientCompanyValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the client company's name.")
            .MaximumLength(200).WithMessage("Keep the name under 200 characters.");
        RuleFor(r => r.Sector).Must(s => Taxonomy.Contains(Taxonomy.Sectors, s)).WithMessage("Choose the client's sector.");
    }
}

internal sealed class AddClientContactValidator : AbstractValidator<AddClientContact>
{
    public AddClientContactValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the executive's name.").MaximumLength(200);
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter the executive's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.").MaximumLength(256);
        RuleFor(r => r.JobTitle).NotEmpty().WithMessage("Enter the executive's job title, for example VP Manufacturing.").MaximumLength(200);
    }
}

/// <summary>The client companies an RPO hires for, and their executives.</summary>
internal sealed class ClientCompaniesHandler(
    BriefsDbContext db,
    Changes<BriefsDbContext> changes,
    IAccounts accounts,
    IValidator<AddClientCompany> companyValidator,
    IValidator<AddClientContact> contactValidator)
{
    public async Task<IReadOnlyList<ClientCompanyView>> ListAsync(Guid rpoId, CancellationToken cancellationToken) =>
        await Project(db.ClientCompanies.AsNoTracking().Where(c => c.RpoOrganisationId == rpoId).OrderBy(c => c.Name))
            .ToListAsync(cancellationToken);

    public Task<ClientCompanyView?> GetAsync(Guid rpoId, Guid clientCompanyId, CancellationToken cancellationToken) =>
        Project(db.ClientCompanies.AsNoTracking().Where(c => c.Id == clientCompanyId && c.RpoOrganisationId == rpoId))
            .SingleOrDefaultAsync(cancellationToken);

    private static IQueryable<ClientCompanyView> Project(IQueryable<ClientCompany> companies) =>
        companies.Select(c => new ClientCompanyView(c.Id, c.Name, c.Sector,
            c.Contacts.OrderBy(x => x.Name).Select(x => new ClientContactView(x.Id, x.Name, x.Email, x.JobTitle, x.IsAdmin)).ToList(), c.OrganisationId));

    public async Task<Result> AddCompanyAsync(AddClientCompany request, CancellationToken cancellationToken)
    {
        if (await companyValidator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        var name = request.Name.Trim();
        if (await db.ClientCompanies.AnyAsync(c => c.RpoOrganisationId == request.RpoId && c.Name == name, cancellationToken))
        {
            return Result.Failure(nameof(AddClientCompany.Name), $"{name} is already one of your clients.");
        }

        var organisationId = await accounts.CreateOrganisationAsync(name, OrganisationKind.ClientCompany, cancellationToken);
        return await changes.ApplyAsync(_ =>
        {
            var company = new ClientCompany(Guid.NewGuid(), request.RpoId, organisationId, name, request.Sector);
            db.ClientCompanies.Add(company);
            return new Created(company.Id);
        }, cancellationToken);
    }

    public async Task<Result> AddContactAsync(AddClientContact request, CancellationToken cancellationToken)
    {
        if (await contactValidator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        return await changes.ApplyAsync(c => db.ClientCompanies.Include(x => x.Contacts)
            .SingleOrDefaultAsync(x => x.Id == request.ClientCompanyId && x.RpoOrganisationId == request.RpoId, c), (company, _) =>
        {
            var contact = company.AddContact(request.Name.Trim(), request.Email.Trim(), request.JobTitle.Trim(), request.IsAdmin);
            db.ClientContacts.Add(contact);
            return new Created(contact.Id);
        }, cancellationToken);
    }
}
