using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.ForgetAnswer;

/// <summary>No rules: the API's idempotency layer frees a key it reserved.</summary>
internal sealed class ForgetAnswerValidator : AbstractValidator<ForgetAnswerCommand>;

/// <summary>Frees a reserved key whose request was refused before it ran, so that a retry runs.</summary>
internal sealed class ForgetAnswerHandler(AccountsDbContext db) : ICommandHandler<ForgetAnswerCommand>
{
    public async Task<Result> HandleAsync(ForgetAnswerCommand command, CancellationToken cancellationToken)
    {
        await db.IdempotentAnswers.Where(a => a.ClientId == command.Caller && a.Key == command.Key && a.StatusCode == 0).ExecuteDeleteAsync(cancellationToken);
        return Result.Success;
    }
}
