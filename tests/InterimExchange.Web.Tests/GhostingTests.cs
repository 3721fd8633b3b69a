using InterimExchange.Proposals.Contracts;
using InterimExchange.Relationships.Contracts;
using InterimExchange.Web.Areas.Rpo.Pages;

namespace InterimExchange.Web.Tests;

/// <summary>The ghosting figure the RPO's home and decisions page show has one home: the promises each module counts, summed once.</summary>
public sealed class GhostingTests
{
    [Fact]
    public void Ghosting_adds_the_requests_owed_to_the_decisions_and_reviews_past_their_date()
    {
        var board = new DecisionBoard([], OpenCount: 7, Overdue: 3, DecisionPolicyView.Default);
        new PromisesOwed(board, new ConversationsOwed([], Overdue: 2)).Ghosting.ShouldBe(5);
        new PromisesOwed(board with { Overdue = 0 }, new ConversationsOwed([], Overdue: 0)).Ghosting.ShouldBe(0);
    }
}
