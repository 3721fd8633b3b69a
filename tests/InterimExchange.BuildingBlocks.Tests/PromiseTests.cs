using InterimExchange.BuildingBlocks.Time;

namespace InterimExchange.BuildingBlocks.Tests;

/// <summary>The one rule of ghosting: a promise is broken once its date has passed by the day and nothing answered it by then.</summary>
public sealed class PromiseTests
{
    private static readonly DateOnly PromisedBy = new(2026, 11, 10);

    [Fact]
    public void A_promise_is_kept_until_the_end_of_its_date_and_broken_the_day_after()
    {
        new Promise(PromisedBy).IsBroken(PromisedBy.AddDays(-1)).ShouldBeFalse();
        new Promise(PromisedBy).IsBroken(PromisedBy).ShouldBeFalse();
        new Promise(PromisedBy).DaysOverdue(PromisedBy).ShouldBe(0);
        new Promise(PromisedBy).IsBroken(PromisedBy.AddDays(1)).ShouldBeTrue();
        new Promise(PromisedBy).DaysOverdue(PromisedBy.AddDays(3)).ShouldBe(3);
    }

    [Fact]
    public void An_answer_ends_the_ghosting_from_its_day_on_and_not_before()
    {
        var answeredLate = new Promise(PromisedBy, AnsweredOn: PromisedBy.AddDays(4));
        answeredLate.IsBroken(PromisedBy.AddDays(3)).ShouldBeTrue();
        answeredLate.IsBroken(PromisedBy.AddDays(4)).ShouldBeFalse();
        answeredLate.DaysOverdue(PromisedBy.AddDays(9)).ShouldBe(0);
        new Promise(PromisedBy, AnsweredOn: PromisedBy).IsBroken(PromisedBy.AddDays(1)).ShouldBeFalse();
    }
}
