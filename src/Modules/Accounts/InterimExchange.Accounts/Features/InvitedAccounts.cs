using FluentValidation;
using InterimExchange.BuildingBlocks.Email;
using Microsoft.AspNetCore.Identity;

namespace InterimExchange.Accounts.Features;

/// <summary>Creates the account of someone who followed an invitation, in the organisation it names, and signs them in.</summary>
internal sealed class InvitedAccounts(
    AccountsDbContext db,
    UserManager<UserAccount> users,
    SignInManager<UserAccount> signIn,
    IValidator<RegisterInvitedCommand> validator,
    Changes<AccountsDbContext> changes,
    Microsoft.Extensions.Options.IOptions<SiteOptions> site)
{
    public async Task<Result> CreateAndSignInAsync(RegisterInvitedCommand request, Action? beforeCommit, CancellationToken cancellationToken)
    {
        // Checked here as well as by the entry: an accepted colleague invitation comes here after its link is known to be valid.
        if (await validator.RefusalAsync(request, cancellationToken) is { } refused)
        {
            return refused;
        }

        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken);
        if (organisation is null)
        {
            return Result.Failure("", "The organisation of this invitation no longer exists.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new UserAccount
        {
            Id = Guid.NewGuid(),
            UserName = request.Email,
            Email = request.Email,
            EmailConfirmed = true,
            DisplayName = request.DisplayName.Trim(),
            OrganisationId = organisation.Id,
        };

        // The first person of an organisation is its admin: a firm's applicant, a client company's first executive.
        var asAdmin = request.AsAdmin || !await db.Users.AnyAsync(u => u.OrganisationId == organisation.Id && u.IsOrganisationAdmin, cancellationToken);
        db.Record(user.Join(asAdmin, changes.Now));
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            db.ChangeTracker.Clear();
            return created.Errors.Any(e => e.Code is "DuplicateUserName" or "DuplicateEmail")
                ? Result.Failure("", "An account already uses this email address: sign in instead.")
                : IdentityErrors.ToResult(created, nameof(RegisterInvitedCommand.Password));
        }

        await users.AddToRoleAsync(user, organisation.MemberRole);
        beforeCommit?.Invoke();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (request.SignIn)
        {
            await signIn.SignInAsync(user, isPersistent: false);
        }

        return Result.Created(user.Id);
    }

    public async Task ExistingAccountSignedUpAsync(string email, string password, string attempt, CancellationToken cancellationToken)
    {
        users.PasswordHasher.HashPassword(new UserAccount(), password);
        await changes.ApplyAsync(_ => ExistingAccountEmail(email.Trim(), attempt, site.Value), cancellationToken);
    }

    public async Task<ChosenPassword> ChoosePasswordAsync(string password)
    {
        var account = new UserAccount();
        var broken = new List<IdentityError>();
        foreach (var rules in users.PasswordValidators)
        {
            broken.AddRange((await rules.ValidateAsync(users, account, password)).Errors);
        }

        var hash = users.PasswordHasher.HashPassword(account, password);
        return broken.Count == 0
            ? new ChosenPassword(Result.Success, hash)
            : new ChosenPassword(IdentityErrors.ToResult(IdentityResult.Failed([.. broken]), nameof(RegisterInvitedCommand.Password)), "");
    }

    /// <summary>Tells the owner of an address that someone tried to sign up with it, and what to do if it was them.</summary>
    public static EmailRequested ExistingAccountEmail(string address, string attempt, SiteOptions site) => new(address, address, "Your InterimExchange account",
        $"""
        Hello,

        Someone {attempt} with this email address, which already has an InterimExchange account. If it was you, sign in with
        your password: {site.Link("/account/sign-in")} (or choose a new one from there if you forgot it).

        If it was not you, ignore this email: nothing was changed.
        """);
}
