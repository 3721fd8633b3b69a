using InterimExchange.BuildingBlocks;
using InterimExchange.Notifications.Data;
using InterimExchange.Notifications.Domain;
using InterimExchange.Relationships.Contracts.IntegrationEvents;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static InterimExchange.Testing.Marketplace;

namespace InterimExchange.Notifications.Tests;

/// <summary>A side's answer to a request for a conversation makes what asked it for that answer no longer new, and only that.</summary>
public sealed class AnsweredRequestTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_answer_delivered_twice_marks_its_side_s_earlier_asks_read_and_leaves_the_other_side_and_later_rounds_new()
    {
        var conversationId = Guid.NewGuid();
        var link = PortalLinks.Conversation(conversationId);
        var daniel = await app.AccountAsync("daniel.weber@regpath.example");
        var maria = await app.AccountAsync("maria.santos@meridianquality.example");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        Notification Notice(Guid userId, string title, DateTime at) => new(userId, "someone@example.test", "Someone", title, "", link, at);
        var asked = Notice(daniel, "Amelia Hart asks for a conversation", now.AddHours(-2));
        var otherConversation = new Notification(daniel, "someone@example.test", "Someone", "Amelia Hart asks for a conversation", "", PortalLinks.Conversation(Guid.NewGuid()), now.AddHours(-2));
        var otherSide = Notice(maria, "Daniel Weber proposed other times", now.AddHours(-1));
        var laterRound = Notice(daniel, "Amelia Hart proposed other times", now.AddMinutes(5));
        await app.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<NotificationsDbContext>();
            db.Notifications.AddRange(asked, otherConversation, otherSide, laterRound);
            return await db.SaveChangesAsync(Cancel);
        });

        var messageId = NewId.NextGuid();
        var deliveries = new ConsumeCounter();
        var bus = app.Services.GetRequiredService<IBus>();
        using var observing = bus.ConnectConsumeObserver(deliveries);
        var answered = new ConversationAnswered(conversationId, new ConversationParty(daniel, RegPath, "Daniel Weber"), now);
        foreach (var delivery in new[] { 1, 2 })
        {
            await bus.Publish(answered, context => context.MessageId = messageId, Cancel);
            await TestServices.Eventually(() => Task.FromResult(deliveries.Of(messageId, "conversation-answered") == delivery), TimeSpan.FromSeconds(30),
                $"delivery {delivery} consumed");
        }

        var read = await app.WithAsync(sp => sp.GetRequiredService<NotificationsDbContext>().Notifications.AsNoTracking()
            .Where(n => new[] { asked.Id, otherConversation.Id, otherSide.Id, laterRound.Id }.Contains(n.Id)).ToDictionaryAsync(n => n.Id, n => n.ReadAtUtc != null, Cancel));
        read[asked.Id].ShouldBeTrue("his side answered the request");
        read[otherConversation.Id].ShouldBeFalse("another conversation's request is still his to answer");
        read[otherSide.Id].ShouldBeFalse("the other side's notice is theirs to read");
        read[laterRound.Id].ShouldBeFalse("times proposed after his answer ask him again");
    }
}
