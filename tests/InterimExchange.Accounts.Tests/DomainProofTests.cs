using System.Net;
using System.Text.RegularExpressions;
using InterimExchange.Accounts.Contracts;
using InterimExchange.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Accounts.Tests;

/// <summary>
/// An organisation's email domain sends its people's sign-ins to the organisation's provider only once the organisation proved
/// it controls the domain: a TXT record with the token the Sign-in page shows, read through a real DNS server (dnsmasq).
/// </summary>
public sealed partial class DomainProofTests : IAsyncDisposable
{
    private const string Amelia = "amelia.hart@northbridge.example";
    private const string Tom = "tom.okafor@northbridge.example";
    private const string Issuer = "https://login.northbridge.example/";

    private readonly DnsServer dns = new();
    private readonly App app;

    public DomainProofTests() => app = new App(dns);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The app, reading DNS from the test's own server.</summary>
    private sealed class App(DnsServer dns) : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SingleSignOn:DnsServer", dns.Address);
        }
    }

    [Fact]
    public async Task A_domain_sends_sign_ins_to_the_provider_only_once_a_TXT_record_with_the_page_s_token_proves_the_organisation_controls_it()
    {
        var amelia = await app.SignedInAsync(Amelia);
        (await SaveAsync(amelia, "northbridge.example")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await amelia.GetStringAsync("/organisation/sign-in", Cancel));
        page.ShouldContain("Prove that northbridge.example is yours");
        page.ShouldContain("until then your people sign in with their passwords");
        page.ShouldContain("<code>_interimexchange.northbridge.example</code>");
        var record = RecordRegex().Match(page).Value;
        record.ShouldNotBeEmpty();

        // Claimed, not proved: the sign-in page sends nobody to the provider.
        (await ProviderForAsync(Tom)).ShouldBeNull();
        var sso = await app.Anonymous().PostFormAsync("/account/sso", new Dictionary<string, string> { ["Email"] = Tom });
        (await sso.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("Email",
            "No organisation signs in the people of this address through its own provider. Sign in with your password.");

        // The domain publishes other TXT records, and another token: not proof.
        await dns.ServeAsync(("northbridge.example", "v=spf1 -all"), ("_interimexchange.northbridge.example", "interimexchange-verification=0123456789abcdef0123456789abcdef"));
        var notYet = await amelia.PostFormAsync("/organisation/sign-in", [], "/organisation/sign-in?handler=Prove");
        notYet.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await notYet.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("EmailDomain",
            $"No TXT record of northbridge.example holds {record} yet. Add it at your DNS provider; once it is published, check again.");
        (await ProviderForAsync(Tom)).ShouldBeNull();

        // The record published: the check proves the domain, and Tom's sign-in goes to Northbridge's provider.
        await dns.ServeAsync(("northbridge.example", "v=spf1 -all"), ("_interimexchange.northbridge.example", record));
        (await amelia.PostFormAsync("/organisation/sign-in", [], "/organisation/sign-in?handler=Prove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = WebUtility.HtmlDecode(await amelia.GetStringAsync("/organisation/sign-in", Cancel));
        page.ShouldContain("Your domain is proved: your people can now sign in through your provider.");
        page.ShouldContain($"people at <strong>northbridge.example</strong> sign in through <code>{Issuer}</code>");
        (await ProviderForAsync(Tom)).ShouldNotBeNull().Issuer.ShouldBe(Issuer);

        // Saving the provider again keeps the proof; another domain needs its own, with a new token.
        (await SaveAsync(amelia, "northbridge.example")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await amelia.GetStringAsync("/organisation/sign-in", Cancel)).ShouldContain("Your people at northbridge.example can now sign in through your provider.");
        (await SaveAsync(amelia, "people.northbridge.example")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = WebUtility.HtmlDecode(await amelia.GetStringAsync("/organisation/sign-in", Cancel));
        page.ShouldContain("Prove that people.northbridge.example is yours");
        RecordRegex().Match(page).Value.ShouldNotBe(record);
        (await ProviderForAsync(Tom)).ShouldBeNull();
        (await ProviderForAsync("tom.okafor@people.northbridge.example")).ShouldBeNull();
    }

    [Fact]
    public async Task A_record_at_the_domain_itself_proves_it_too_and_only_the_organisation_s_admin_may_check()
    {
        var amelia = await app.SignedInAsync(Amelia);
        (await SaveAsync(amelia, "northbridge.example")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = RecordRegex().Match(await amelia.GetStringAsync("/organisation/sign-in", Cancel)).Value;
        await dns.ServeAsync(("northbridge.example", record));

        var tom = await app.SignedInAsync(Tom);
        (await tom.GetStringAsync("/organisation/sign-in", Cancel)).ShouldNotContain("Check now");
        (await tom.PostFormAsync("/organisation/sign-in", [], "/organisation/sign-in?handler=Prove")).ShouldBeRefused();
        (await ProviderForAsync(Tom)).ShouldBeNull();

        (await amelia.PostFormAsync("/organisation/sign-in", [], "/organisation/sign-in?handler=Prove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProviderForAsync(Tom)).ShouldNotBeNull().OrganisationId.ShouldBe(Marketplace.Northbridge);
    }

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("GMail.com")]
    [InlineData("@outlook.com")]
    [InlineData("hotmail.co.uk")]
    [InlineData("yahoo.fr")]
    [InlineData("icloud.com")]
    [InlineData("proton.me")]
    [InlineData("gmx.net")]
    [InlineData("mail.gmx.net")]
    [InlineData("ziggo.nl")]
    public async Task Free_mail_domains_are_refused_next_to_the_field(string domain)
    {
        var amelia = await app.SignedInAsync(Amelia);
        var refused = await SaveAsync(amelia, domain);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync(Cancel)).ShouldShowErrorNextTo("EmailDomain",
            "Anyone can open an address at this email service: give a domain that only your organisation uses.");
        (await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().AskAsync(new SingleSignOnSettingsQuery(Callers.Rpo(Marketplace.Northbridge)), Cancel))).ShouldBeNull();
    }

    [Fact]
    public async Task A_claim_blocks_no_other_organisation_until_it_is_proved_and_a_proved_domain_belongs_to_one_organisation_only()
    {
        // Harbour claims Northbridge's domain first; the claim sends nobody anywhere and does not stop Northbridge claiming it.
        var harbour = await HarbourAsync();
        (await AtHarbourAsync(sso => sso.SendAsync(new SaveSingleSignOnCommand(Harbour(harbour), "https://login.harbour.example/", "harbour", "secret", "northbridge.example"), Cancel)))
            .Succeeded.ShouldBeTrue();
        var harbourRecord = (await app.WithAsync(sp => sp.GetRequiredService<IAccounts>().AskAsync(new SingleSignOnSettingsQuery(Harbour(harbour)), Cancel)))!.ProofRecord;
        (await ProviderForAsync(Tom)).ShouldBeNull();
        var amelia = await app.SignedInAsync(Amelia);
        (await SaveAsync(amelia, "northbridge.example")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = RecordRegex().Match(await amelia.GetStringAsync("/organisation/sign-in", Cancel)).Value;
        record.ShouldNotBe(harbourRecord);

        // Northbridge publishes its token: Harbour's check finds none of its own; Northbridge's proves the domain.
        await dns.ServeAsync(("_interimexchange.northbridge.example", record));
        var harbourCheck = await AtHarbourAsync(sso => sso.SendAsync(new ProveDomainCommand(Harbour(harbour)), Cancel));
        harbourCheck.Succeeded.ShouldBeFalse();
        harbourCheck.Errors["EmailDomain"].ShouldHaveSingleItem().ShouldStartWith("No TXT record of northbridge.example holds");
        (await amelia.PostFormAsync("/organisation/sign-in", [], "/organisation/sign-in?handler=Prove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProviderForAsync(Tom)).ShouldNotBeNull().OrganisationId.ShouldBe(Marketplace.Northbridge);

        // From now on the domain is Northbridge's: even with Harbour's token published too, Harbour can neither prove nor claim it again.
        await dns.ServeAsync(("_interimexchange.northbridge.example", record), ("_interimexchange.northbridge.example", harbourRecord));
        const string Theirs = "Another organisation has proved that this domain is theirs.";
        var proved = await AtHarbourAsync(sso => sso.SendAsync(new ProveDomainCommand(Harbour(harbour)), Cancel));
        proved.Errors["EmailDomain"].ShouldBe([Theirs]);
        var claimed = await AtHarbourAsync(sso => sso.SendAsync(new SaveSingleSignOnCommand(Harbour(harbour), "https://login.harbour.example/", "harbour", "secret", "Northbridge.example"), Cancel));
        claimed.Errors["EmailDomain"].ShouldBe([Theirs]);
        (await ProviderForAsync(Tom)).ShouldNotBeNull().OrganisationId.ShouldBe(Marketplace.Northbridge);

        // Once Northbridge stops signing in through its provider, the domain is free to be proved by whoever controls it.
        (await amelia.PostFormAsync("/organisation/sign-in", [], "/organisation/sign-in?handler=Remove")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ProviderForAsync(Tom)).ShouldBeNull();
        (await AtHarbourAsync(sso => sso.SendAsync(new ProveDomainCommand(Harbour(harbour)), Cancel))).Succeeded.ShouldBeTrue();
    }

    private Task<HttpResponseMessage> SaveAsync(HttpClient admin, string domain) =>
        admin.PostFormAsync("/organisation/sign-in", new Dictionary<string, string>
        {
            ["Issuer"] = Issuer, ["ClientId"] = "interimexchange", ["ClientSecret"] = "a-secret-from-the-provider", ["EmailDomain"] = domain,
        });

    private Task<SingleSignOnProvider?> ProviderForAsync(string email) =>
        app.WithAsync(sp => sp.GetRequiredService<IAccounts>().AskAsync(new ProviderForEmailQuery(email), Cancel));

    private Task<BuildingBlocks.Results.Result> AtHarbourAsync(Func<IAccounts, Task<BuildingBlocks.Results.Result>> change) =>
        app.WithAsync(sp => change(sp.GetRequiredService<IAccounts>()));

    /// <summary>The founded RPO's admin, as the caller of its settings.</summary>
    private static BuildingBlocks.Caller Harbour((Guid Id, Guid AdminId) harbour) => Callers.Rpo(harbour.Id, userId: harbour.AdminId, isAdmin: true);

    /// <summary>Another RPO, founded as a deployment founds one.</summary>
    private Task<(Guid Id, Guid AdminId)> HarbourAsync() => app.WithAsync(async sp =>
    {
        var accounts = sp.GetRequiredService<IAccounts>();
        var email = $"lead-{Guid.NewGuid():N}@harbourtalent.example";
        var founded = await accounts.SendAsync(new FoundOrganisationCommand($"Harbour Talent {Guid.NewGuid():N}", OrganisationKind.RpoProvider, email, "Lead"), Cancel);
        return (founded.Id!.Value, (await accounts.AskAsync(new FindAccountQuery(email), Cancel))!.Value);
    });

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await dns.DisposeAsync();
    }

    [GeneratedRegex("interimexchange-verification=[0-9a-f]{32}")]
    private static partial Regex RecordRegex();
}
