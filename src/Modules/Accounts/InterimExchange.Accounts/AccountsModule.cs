using InterimExchange.Accounts.Features;
using InterimExchange.Accounts.Features.SignIn;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Accounts;

/// <summary>Organisations, users, roles, sign-in, password reset, colleague invitations and invitation tokens.</summary>
public sealed class AccountsModule() : DatabaseModule(services => services.AddModuleDatabase<AccountsDbContext, SqliteAccountsDbContext, SqlServerAccountsDbContext>(AccountsDbContext.Module))
{
    internal const int PasswordLength = 10;

    public override void Register(IServiceCollection services, IConfiguration configuration)
    {
        base.Register(services, configuration);

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

        services.AddOpenIddict().AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccountsDbContext>());

        services.AddSingleton<ChangedAccounts>();
        services.AddScoped<Sessions>();
        services.ConfigureApplicationCookie(cookie =>
        {
            var validate = cookie.Events.OnValidatePrincipal;
            cookie.Events.OnValidatePrincipal = async context =>
            {
                var session = Sessions.Of(context.Principal);
                await ChangedAccounts.ValidateAsync(context);
                if (context.Principal is not null)
                {
                    await validate(context);
                }

                if (context.Principal is null && session is { } rejected)
                {
                    // Refused by any check (stamp, lifetime, ended): the session is over, and the person's list says so.
                    await context.HttpContext.RequestServices.GetRequiredService<Sessions>().EndAsync([rejected], context.HttpContext.RequestAborted);
                }
            };
            var signingIn = cookie.Events.OnSigningIn;
            cookie.Events.OnSigningIn = async context =>
            {
                await Sessions.BeginAsync(context);
                await signingIn(context);
            };
            var signingOut = cookie.Events.OnSigningOut;
            cookie.Events.OnSigningOut = async context =>
            {
                await Sessions.EndAsync(context.HttpContext);
                await signingOut(context);
            };
        });
        services.Configure<SecurityStampValidatorOptions>(stamps => stamps.OnRefreshingPrincipal = context =>
        {
            Sessions.Carry(Sessions.Of(context.CurrentPrincipal), (ClaimsIdentity)context.NewPrincipal!.Identity!);
            return Task.CompletedTask;
        });
        services.AddSingleton(DomainRecords.Client(configuration["SingleSignOn:DnsServer"]));
        services.AddSingleton<DomainRecords>();
        services.AddScoped<InvitedAccounts>();
        services.AddScoped<InvitationTokenService>();
    }
}
