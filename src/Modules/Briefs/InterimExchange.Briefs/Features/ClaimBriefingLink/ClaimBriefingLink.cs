using FluentValidation;
using InterimExchange.Accounts.Contracts;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ClaimBriefingLink;

/// <summary>No rules: the token is checked against the one Accounts issued, and the email against the invitation's.</summary>
internal sealed class ClaimBriefingLinkValidator : AbstractValidator<ClaimBriefingLinkCommand>;

/// <summary>Signed in as the person the briefing link was sent to, the link is theirs and the briefing opens.</summary>
internal sealed class ClaimBriefingLinkHandler(BriefsDbContext db, Changes<BriefsDbContext> changes, IInvitationTokens tokens) : ICommandHandler<ClaimBriefingLinkCommand>
{
    public async Task<Result> HandleAsync(ClaimBriefingLinkCommand command, CancellationToken cancellationToken)
    {
        var (token, userId, userEmail) = (command.Token, command.UserId, command.UserEmail);
        var check = await tokens.CheckAsync(token, BriefingInvitation.TokenPurpose, cancellationToken);
        if (!check.IsValid)
        {
            return Result.Failure("", "This briefing link cannot be used any more. Ask the coordinator for a new one.");
        }

        var invitation = await db.BriefingInvitations.SingleOrDefaultAsync(i => i.TokenId == check.InvitationId, cancellationToken);
        if (invitation is null)
        {
            return Result.NotFound();
        }

        if (!string.Equals(invitation.Email, userEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure("", $"This briefing invitation was sent to {invitation.Email}. Sign out, then open the link again.");
        }

        var claimed = await changes.ApplyAsync(_ => Task.FromResult<BriefingInvitation?>(invitation), (i, now) =>
        {
            i.Opened(userId, now);
            return new Created(i.BriefId);
        }, cancellationToken);
        if (claimed.Succeeded)
        {
            // The link has done its work: it brought the executive to an account. A forwarded or leaked copy opens nothing now.
            await tokens.RedeemAsync(invitation.TokenId, cancellationToken);
        }

        return claimed;
    }
}
