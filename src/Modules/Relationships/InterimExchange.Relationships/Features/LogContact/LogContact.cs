using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using InterimExchange.Relationships.Contracts.IntegrationEvents;

namespace InterimExchange.Relationships.Features.LogContact;

internal sealed class LogContactValidator : AbstractValidator<LogContactCommand>
{
    public LogContactValidator()
    {
        RuleFor(c => c.Kind).NotNull().WithMessage("Choose call, meeting or message.").IsInEnum().WithMessage("Choose call, meeting or message.");
        RuleFor(c => c.On).NotNull().WithMessage("Give the date of the contact.");
        RuleFor(c => c.Summary).NotEmpty().WithMessage("Write a line of what was said.").MaximumLength(1000).WithMessage("Keep it to 1,000 characters.");
    }
}

/// <summary>A call, meeting or message logged on the relationship: it resets the keep-in-touch clock, and the line is private to the caller's organisation.</summary>
internal sealed class LogContactHandler(RelationshipsDbContext db, Parties parties, Changes<RelationshipsDbContext> changes) : ICommandHandler<LogContactCommand>
{
    public Task<Result> HandleAsync(LogContactCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => parties.Visible(command.By).SingleOrDefaultAsync(r => r.Id == command.RelationshipId, c), (relationship, now) =>
        {
            var on = command.On!.Value;
            var at = relationship.ContactLogged(on, now);
            db.Timeline.Add(new TimelineEntry(relationship.Id, at, TimelineKind.Contact, $"{command.Kind!.Value.Describe()} logged by {command.By.Name}: {command.Summary!.Trim()}",
                privateTo: command.By.OrganisationId));
            return new ContactLogged(relationship.Id, relationship.RpoOrganisationId, relationship.CounterpartId, command.By.OrganisationId, command.Kind.Value, on, now);
        }, cancellationToken);
}
