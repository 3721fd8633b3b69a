using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.RememberAnswer;

/// <summary>No rules: the API's idempotency layer sends the answer it has just given.</summary>
internal sealed class RememberAnswerValidator : AbstractValidator<RememberAnswerCommand>;

/// <summary>Keeps the answer of the request that reserved the key, for 24 hours.</summary>
internal sealed class RememberAnswerHandler(AccountsDbContext db, Changes<AccountsDbContext> changes) : ICommandHandler<RememberAnswerCommand>
{
    public Task<Result> HandleAsync(RememberAnswerCommand command, CancellationToken cancellationToken) =>
        changes.ApplyAsync(c => db.IdempotentAnswers.SingleOrDefaultAsync(a => a.ClientId == command.Caller && a.Key == command.Key && a.StatusCode == 0, c),
            object? (reserved, now) =>
            {
                reserved.Answer(command.Answer, now);
                return null;
            }, cancellationToken);
}
