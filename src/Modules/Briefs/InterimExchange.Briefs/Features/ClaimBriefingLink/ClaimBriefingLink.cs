using FluentValidation;
using InterimExchange.BuildingBlocks.Tokens;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ClaimBriefingLink;

/// <summary>No rules: the token is checked against the invitation's, and the email against the invitation's.</summary>
internal sealed class ClaimBriefingLinkValidator : AbstractValidator<ClaimBriefingLinkCommand>;

/// <summary>
/// Signed in as the person the briefing link was sent to, the link is theirs and the briefing opens. The link has then done its
/// work (it brought the executive to an account): a forwarded or leaked copy opens nothing.
/// </summary>
internal sealed class ClaimBriefingLinkHandler(BriefsDbContext db, Changes<BriefsDbContext> changes) : ICommandHandler<ClaimBriefingLinkCommand>
{
    public async Task<Result> HandleAsync(ClaimBriefingLinkCommand command, CancellationToken cancellationToken)
    {
        var hash = LinkToken.HashOf(command.Token);
        var invitation = hash is null ? null : await db.BriefingInvitations.SingleOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return Result.Failure("", "This briefing link cannot be used any more. Ask the coordinator for a new one.");
        }

        if (!string.Equals(invitation.Email, command.UserEmail, StringComparison.OrdinalIgnoreCase))
        {
            return Result.Failure("", $"This briefing invitation was sent to {invitation.Email}. Sign out, then open the link again.");
        }

        return await changes.ApplyAsync(_ => Task.FromResult<BriefingInvitation?>(invitation), (i, now) =>
        {
            i.Claim(command.UserId, now);
            return new Created(i.BriefId);
        }, cancellationToken);
    }
}
