using InterimExchange.Proposals.Contracts;
using InterimExchange.Routing.Contracts;
using InterimExchange.Testing;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Proposals.Tests;

/// <summary>No proposal is submitted or changed after the proposals-due date (its own app: the clock moves).</summary>
public sealed class ProposalDeadlineTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task After_the_proposals_due_date_a_firm_can_neither_submit_nor_save_its_proposal()
    {
        var cancel = TestContext.Current.CancellationToken;
        var briefId = await app.RoutedBriefAsync("Regulatory Affairs", RegPath);
        var due = (await app.WithAsync(sp => sp.GetRequiredService<IRouting>().AskAsync(new RoutedFirmsQuery(Callers.Rpo(Northbridge), briefId), cancel))).Single().ProposalsDue;
        app.Clock.SetUtcNow(new DateTimeOffset(due.AddDays(1).ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero));

        var submitted = await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new SubmitProposalCommand(Callers.Firm(RegPath), briefId, Proposal("Candidate R", 1500)), cancel));
        var saved = await app.WithAsync(sp => sp.GetRequiredService<IProposals>().SendAsync(new SaveProposalDraftCommand(Callers.Firm(RegPath), briefId, Proposal("Candidate R", 1500)), cancel));

        submitted.Errors[""].ShouldBe([$"Proposals were due by {due:d MMMM yyyy}: this one can no longer change."]);
        saved.Succeeded.ShouldBeFalse();
        var daniel = await app.SignedInAsync("daniel.weber@regpath.example");
        var page = await daniel.GetStringAsync($"/firm/briefs/{briefId}/proposal", cancel);
        page.ShouldContain("can no longer change");
        page.ShouldNotContain("Submit the proposal");
    }
}
