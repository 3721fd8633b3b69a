using InterimExchange.Accounts.Contracts;
using InterimExchange.Accounts.Data;
using InterimExchange.Accounts.Domain;
using InterimExchange.Accounts.Features;
using InterimExchange.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace InterimExchange.Accounts.Tests;

/// <summary>Invitation tokens on a real SQLite file with the module's migrations.</summary>
public sealed class InvitationTokenTests : IAsyncLifetime
{
    private const string Purpose = "briefs.briefing";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly string file = Path.Combine(TestServices.TempFolder("accounts"), "accounts.db");
    private SqliteAccountsDbContext db = null!;
    private InvitationTokenService tokens = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        db = new SqliteAccountsDbContext(new DbContextOptionsBuilder<SqliteAccountsDbContext>().UseSqlite($"Data Source={file}").Options);
        await db.Database.MigrateAsync(Cancel);
        tokens = new InvitationTokenService(db, new BuildingBlocks.Changes.Changes<AccountsDbContext>(db, clock), clock);
    }

    public ValueTask DisposeAsync() => db.DisposeAsync();

    private Task<IssuedInvitationToken> IssueAsync(string subject = "brief-1") =>
        tokens.IssueAsync(new IssueInvitationToken(Purpose, subject, "sofia.lindqvist@valdora.example", TimeSpan.FromDays(14), Guid.NewGuid()), Cancel);

    [Fact]
    public async Task A_fresh_token_is_valid_for_its_purpose_and_names_its_subject()
    {
        var issued = await IssueAsync("brief-42");

        var check = await tokens.CheckAsync(issued.Token, Purpose, Cancel);

        check.Status.ShouldBe(InvitationTokenStatus.Valid);
        check.Subject.ShouldBe("brief-42");
        check.Email.ShouldBe("sofia.lindqvist@valdora.example");
        check.InvitationId.ShouldBe(issued.InvitationId);
    }

    [Fact]
    public async Task A_token_carries_at_least_128_random_bits_and_only_its_hash_is_stored()
    {
        var first = await IssueAsync();
        var second = await IssueAsync();

        Convert.FromBase64String(first.Token.Replace('-', '+').Replace('_', '/') + "=").Length.ShouldBeGreaterThanOrEqualTo(16);
        first.Token.ShouldNotBe(second.Token);
        var stored = await db.InvitationTokens.AsNoTracking().SingleAsync(i => i.Id == first.InvitationId, Cancel);
        stored.TokenHash.ShouldBe(InterimExchange.BuildingBlocks.Tokens.LinkToken.HashOf(first.Token));
        stored.TokenHash.ShouldNotContain(first.Token);
        stored.TokenHash.Length.ShouldBe(64);
    }

    [Fact]
    public async Task A_token_expires_at_the_end_of_its_lifetime()
    {
        var issued = await IssueAsync();

        clock.Advance(TimeSpan.FromDays(14) - TimeSpan.FromSeconds(1));
        (await tokens.CheckAsync(issued.Token, Purpose, Cancel)).Status.ShouldBe(InvitationTokenStatus.Valid);

        clock.Advance(TimeSpan.FromSeconds(1));
        (await tokens.CheckAsync(issued.Token, Purpose, Cancel)).Status.ShouldBe(InvitationTokenStatus.Expired);
        (await tokens.RedeemAsync(issued.InvitationId, Cancel)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_revoked_token_no_longer_works()
    {
        var issued = await IssueAsync();

        (await tokens.RevokeAsync(issued.InvitationId, Cancel)).ShouldBeTrue();

        (await tokens.CheckAsync(issued.Token, Purpose, Cancel)).Status.ShouldBe(InvitationTokenStatus.Revoked);
        (await tokens.RedeemAsync(issued.InvitationId, Cancel)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_token_presented_for_another_purpose_is_refused()
    {
        var issued = await IssueAsync();

        (await tokens.CheckAsync(issued.Token, "accounts.colleague", Cancel)).Status.ShouldBe(InvitationTokenStatus.WrongPurpose);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    [InlineData(42)]
    public async Task A_tampered_token_is_unknown(int position)
    {
        var issued = await IssueAsync();
        var characters = issued.Token.ToCharArray();
        characters[position] = characters[position] == 'A' ? 'B' : 'A';

        (await tokens.CheckAsync(new string(characters), Purpose, Cancel)).Status.ShouldBe(InvitationTokenStatus.Unknown);
        (await tokens.CheckAsync(issued.Token + "x", Purpose, Cancel)).Status.ShouldBe(InvitationTokenStatus.Unknown);
    }

    [Fact]
    public async Task A_redeemed_token_cannot_be_redeemed_again()
    {
        var issued = await IssueAsync();

        (await tokens.RedeemAsync(issued.InvitationId, Cancel)).ShouldBeTrue();

        (await tokens.CheckAsync(issued.Token, Purpose, Cancel)).Status.ShouldBe(InvitationTokenStatus.Redeemed);
        (await tokens.RedeemAsync(issued.InvitationId, Cancel)).ShouldBeFalse();
        (await tokens.RevokeAsync(issued.InvitationId, Cancel)).ShouldBeFalse();
    }
}
