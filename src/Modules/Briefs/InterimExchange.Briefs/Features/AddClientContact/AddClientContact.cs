using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.AddClientContact;

internal sealed class AddClientContactValidator : AbstractValidator<AddClientContactCommand>
{
    public AddClientContactValidator()
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the executive's name.").MaximumLength(200);
        RuleFor(r => r.Email).NotEmpty().WithMessage("Enter the executive's email address.")
            .EmailAddress().WithMessage("Enter an email address like name@company.com.").MaximumLength(256);
        RuleFor(r => r.JobTitle).NotEmpty().WithMessage("Enter the executive's job title, for example VP Manufacturing.").MaximumLength(200);
    }
}

/// <summary>The coordinator adds an executive to one of the RPO's client companies.</summary>
internal sealed class AddClientContactHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<AddClientContactCommand>
{
    public Task<Result> HandleAsync(AddClientContactCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.ClientCompanies.Include(x => x.Contacts)
            .SingleOrDefaultAsync(x => x.Id == command.ClientCompanyId && x.RpoOrganisationId == command.By.OrganisationId, c), (company, _) =>
        {
            var contact = company.AddContact(command.Name.Trim(), command.Email.Trim(), command.JobTitle.Trim(), command.IsAdmin);
            db.ClientContacts.Add(contact);
            return new Created(contact.Id);
        }, cancellationToken);
}
