using FluentValidation;

namespace InterimExchange.Accounts.Features.ChangeName;

internal sealed class NameChangeValidator : AbstractValidator<NameChange>
{
    public NameChangeValidator() =>
        RuleFor(r => r.DisplayName).NotEmpty().WithMessage("Enter your name as colleagues should see it.")
            .MaximumLength(200).WithMessage("Keep your name under 200 characters.");
}

/// <summary>A person changes the name everyone sees; what was written under the old name keeps it.</summary>
internal sealed class ChangeNameHandler(AccountsDbContext db, Changes<AccountsDbContext> changes, IValidator<NameChange> validator, ChangedAccounts changedAccounts)
{
    public async Task<Result> HandleAsync(NameChange request, CancellationToken cancellationToken)
    {
        var result = await validator.RefusalAsync(request, cancellationToken)
            ?? await changes.ApplyAsync(c => db.Users.SingleOrDefaultAsync(u => u.Id == request.UserId && u.RemovedAtUtc == null, c), (person, _) =>
            {
                person.DisplayName = request.DisplayName!.Trim();
                return (object?)null;
            }, cancellationToken);
        if (result.Succeeded)
        {
            changedAccounts.Changed(request.UserId);
        }

        return result;
    }
}
