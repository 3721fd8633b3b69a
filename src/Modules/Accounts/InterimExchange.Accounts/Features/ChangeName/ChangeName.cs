using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ChangeName;

internal sealed class ChangeNameValidator : AbstractValidator<ChangeNameCommand>
{
    public ChangeNameValidator() =>
        RuleFor(r => r.DisplayName).NotEmpty().WithMessage("Enter your name as colleagues should see it.")
            .MaximumLength(200).WithMessage("Keep your name under 200 characters.");
}

/// <summary>A person changes the name everyone sees; what was written under the old name keeps it.</summary>
internal sealed class ChangeNameHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, ChangedAccounts changedAccounts) : ICommandHandler<ChangeNameCommand>
{
    public async Task<Result> HandleAsync(ChangeNameCommand command, CancellationToken cancellationToken)
    {
        var result = await changes.ApplyAsync(c => db.Users.SingleOrDefaultAsync(u => u.Id == command.By.UserId && u.RemovedAtUtc == null, c), (person, _) =>
        {
            person.DisplayName = command.DisplayName!.Trim();
            return (object?)null;
        }, cancellationToken);
        if (result.Succeeded)
        {
            changedAccounts.Changed(command.By.UserId);
        }

        return result;
    }
}
