using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.AddNote;

internal sealed class AddNoteValidator : AbstractValidator<AddNoteCommand>
{
    public AddNoteValidator() =>
        RuleFor(n => n.Text).NotEmpty().WithMessage("Write the note.").MaximumLength(2000).WithMessage("Keep a note to 2,000 characters.");
}

/// <summary>A note on the relationship's timeline, private to the caller's organisation.</summary>
internal sealed class AddNoteHandler(RelationshipsDbContext db, Parties parties, Changes<RelationshipsDbContext> changes) : ICommandHandler<AddNoteCommand>
{
    public Task<Result> HandleAsync(AddNoteCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => parties.Visible(command.By).SingleOrDefaultAsync(r => r.Id == command.RelationshipId, c), (relationship, now) =>
        {
            db.Timeline.Add(new TimelineEntry(relationship.Id, now, TimelineKind.Note, $"Note by {command.By.Name}: {command.Text!.Trim()}", privateTo: command.By.OrganisationId));
            return (object?)null;
        }, cancellationToken);
}
