using InterimExchange.Accounts.Contracts;
using InterimExchange.Accounts.Data;
using InterimExchange.Accounts.Domain;
using InterimExchange.Accounts.Features.Colleagues;
using InterimExchange.Accounts.Features.DemoData;
using InterimExchange.Accounts.Features.InvitationTokens;
using InterimExchange.Accounts.Features.Registration;
using InterimExchange.Accounts.Features.Organisations;
using InterimExchange.Accounts.Features.PasswordReset;
using InterimExchange.Accounts.Features.SignIn;
using InterimExchange.BuildingBlocks;
using InterimExchange.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Accounts;

/// <summary>Organisations, users, roles, sign-in, password reset, colleague invitations and invitation tokens.</summary>
public sealed class AccountsModule : IModule
{
    internal const int PasswordLength = 10;

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<AccountsDbContext, SqliteAccountsDbContext, SqlServerAccountsDbContext>(AccountsDbContext.Module);

        services.AddIdentity<UserAccount, IdentityRole<Guid>>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = PasswordLength;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<OrganisationClaimsFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromHours(2));

        services.AddScoped<SignInHandler>();
        services.AddScoped<PasswordResetHandler>();
        services.AddScoped<ColleaguesHandler>();
        services.AddScoped<InvitedAccounts>();
        services.AddScoped<OrganisationsHandler>();
        services.AddScoped<InvitationTokenService>();
        services.AddScoped<IInvitationTokens>(sp => sp.GetRequiredService<InvitationTokenService>());
        services.AddScoped<IAccounts, AccountsFacade>();
        services.AddScoped<IDemoData, AccountsDemoData>();
    }
}
