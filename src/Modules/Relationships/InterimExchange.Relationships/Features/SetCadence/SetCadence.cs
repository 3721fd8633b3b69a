using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Relationships.Features.SetCadence;

/// <summary>Nothing to check in the input's shape: no cadence is a choice, and how many weeks a cadence may be is the relationship's rule.</summary>
internal sealed class SetCadenceValidator : AbstractValidator<SetCadenceCommand>;

/// <summary>The caller's side sets how often it wants to be in touch; only that side reads it.</summary>
internal sealed class SetCadenceHandler(Parties parties, Changes<RelationshipsDbContext> changes) : ICommandHandler<SetCadenceCommand>
{
    public Task<Result> HandleAsync(SetCadenceCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => parties.Visible(command.By).SingleOrDefaultAsync(r => r.Id == command.RelationshipId, c), (relationship, _) =>
        {
            relationship.SetCadence(Parties.SideOf(command.By), command.Weeks);
            return (object?)null;
        }, cancellationToken);
}
