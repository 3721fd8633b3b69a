using FluentValidation;
using InterimExchange.BuildingBlocks.UseCases;
using OpenIddict.Abstractions;

namespace InterimExchange.Accounts.Features.RemoveMember;

internal sealed class RemoveMemberValidator : AbstractValidator<RemoveMemberCommand>
{
    public RemoveMemberValidator()
    {
        RuleFor(r => r.SuccessorId).NotNull().WithMessage("Choose the colleague who takes over their work.");
        RuleFor(r => r.Note).MaximumLength(1000).WithMessage("Keep the note to the people concerned under 1,000 characters.");
    }
}

/// <summary>
/// An admin removes a person and hands their work to a colleague. The account is kept for history; everything that let it act
/// ends: its password and address, its sessions (at once) and its apps' agreements and tokens (both through <see cref="Sessions.EndAllAsync"/>), the colleague invitations it sent. The integrations it
/// registered act as the colleague from now on. Every other module hands its part over from <c>WorkHandedOver</c>.
/// </summary>
internal sealed class RemoveMemberHandler(
    AccountsDbContext db,
    Changes<AccountsDbContext> changes,
    ChangedAccounts changedAccounts,
    Sessions sessions,
    IOpenIddictTokenManager tokens,
    IOpenIddictApplicationManager applications) : ICommandHandler<RemoveMemberCommand>
{
    public async Task<Result> HandleAsync(RemoveMemberCommand command, CancellationToken cancellationToken)
    {
        var organisationId = command.By.OrganisationId;
        var people = await db.Users
            .Where(u => u.OrganisationId == organisationId && (u.Id == command.By.UserId || u.Id == command.SuccessorId))
            .ToDictionaryAsync(u => u.Id, cancellationToken);
        if (!people.TryGetValue(command.By.UserId, out var by)
            || !await db.Users.AnyAsync(u => u.Id == command.UserId && u.OrganisationId == organisationId && u.RemovedAtUtc == null, cancellationToken))
        {
            return Result.NotFound();
        }

        if (!people.TryGetValue(command.SuccessorId!.Value, out var successor))
        {
            return Result.Failure(nameof(RemoveMemberCommand.SuccessorId), "Choose a colleague of your organisation to take over their work.");
        }

        var handedOver = new List<string>();
        var result = await changes.ApplyAsync(
            c => db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.OrganisationId == organisationId && u.RemovedAtUtc == null, c),
            async (person, now) =>
            {
                var admins = await db.Users.CountAsync(u => u.OrganisationId == organisationId && u.IsOrganisationAdmin, cancellationToken);
                var events = db.Record(person.Remove(by, successor, command.Note, admins, now));
                foreach (var invitation in await db.InvitationTokens
                             .Where(i => i.IssuedBy == person.Id && i.Purpose == InvitationToken.ColleaguePurpose && i.RedeemedAtUtc == null && i.RevokedAtUtc == null)
                             .ToListAsync(cancellationToken))
                {
                    invitation.Revoke(now);
                }

                foreach (var held in await db.Handovers.Where(h => h.ToUserId == person.Id && !h.ForGood && h.TakenBackAtUtc == null).ToListAsync(cancellationToken))
                {
                    held.PassTo(successor.Id);
                }

                foreach (var away in await db.Handovers.Where(h => h.FromUserId == person.Id && !h.ForGood && h.TakenBackAtUtc == null).ToListAsync(cancellationToken))
                {
                    away.EndWithRemoval();
                }

                // Their provider's logins go too: the same person can be invited again, and sign in through the provider then.
                db.UserLogins.RemoveRange(await db.UserLogins.Where(l => l.UserId == person.Id).ToListAsync(cancellationToken));

                foreach (var integration in await db.Integrations.Where(i => i.RegisteredBy == person.Id).ToListAsync(cancellationToken))
                {
                    integration.HandOver(successor.Id);
                    handedOver.Add(integration.ClientId);
                }

                return (object?)events;
            }, cancellationToken);
        if (!result.Succeeded)
        {
            return result;
        }

        await sessions.EndAllAsync(command.UserId, except: null, cancellationToken);
        changedAccounts.Changed(command.UserId);

        // An integration's tokens say whom it acts as: the next token it asks for names the colleague.
        foreach (var clientId in handedOver)
        {
            if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
                && await applications.GetIdAsync(application, cancellationToken) is { } applicationId)
            {
                await tokens.RevokeByApplicationIdAsync(applicationId, cancellationToken);
            }
        }

        return result;
    }
}
