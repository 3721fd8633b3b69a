using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features.WithdrawAgreement;

/// <summary>No rules: the agreement's id is the only input, and another person's agreement is not found.</summary>
internal sealed class WithdrawAgreementValidator : AbstractValidator<WithdrawAgreementCommand>;

/// <summary>Revokes the caller's agreement and every token issued under it; another person's agreement is not found.</summary>
internal sealed class WithdrawAgreementHandler(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens) : ICommandHandler<WithdrawAgreementCommand>
{
    public async Task<Result> HandleAsync(WithdrawAgreementCommand command, CancellationToken cancellationToken)
    {
        var agreement = await authorizations.FindByIdAsync(command.AgreementId, cancellationToken);
        if (agreement is null || await authorizations.GetSubjectAsync(agreement, cancellationToken) != command.By.UserId.ToString())
        {
            return Result.NotFound();
        }

        await authorizations.TryRevokeAsync(agreement, cancellationToken);
        await tokens.RevokeByAuthorizationIdAsync(command.AgreementId, cancellationToken);
        return Result.Success;
    }
}
