using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.HandOverWork;

internal sealed class HandOverWorkValidator : AbstractValidator<HandOverWorkCommand>
{
    public HandOverWorkValidator()
    {
        RuleFor(r => r.SuccessorId).NotNull().WithMessage("Choose the colleague who holds your work while you are away.");
        RuleFor(r => r.Note).MaximumLength(1000).WithMessage("Keep the note to the people concerned under 1,000 characters.");
    }
}

/// <summary>A person going on leave hands their work to a colleague; every module moves its part from <c>WorkHandedOver</c>.</summary>
internal sealed class HandOverWorkHandler(AccountsDbContext db, Changes<AccountsDbContext> changes) : ICommandHandler<HandOverWorkCommand>
{
    public Task<Result> HandleAsync(HandOverWorkCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.Users.SingleOrDefaultAsync(u => u.Id == command.By.UserId && u.RemovedAtUtc == null, c), async (person, now) =>
        {
            var successor = await db.Users.SingleOrDefaultAsync(u => u.Id == command.SuccessorId && u.OrganisationId == person.OrganisationId, cancellationToken);
            BusinessRuleException.Require(successor is not null, "Choose a colleague of your organisation to take over the work.", nameof(HandOverWorkCommand.SuccessorId));
            var open = await db.Handovers.FirstOrDefaultAsync(h => h.FromUserId == person.Id && !h.ForGood && h.TakenBackAtUtc == null, cancellationToken);
            var holding = await db.Handovers.AnyAsync(h => h.ToUserId == person.Id && !h.ForGood && h.TakenBackAtUtc == null, cancellationToken);
            return (object?)db.Record(person.HandOver(successor!, command.Note, open, holding, forGood: false, person, now));
        }, cancellationToken);
}
