using InterimExchange.BuildingBlocks.Email;
using InterimExchange.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace InterimExchange.Notifications.Tests;

/// <summary>Every module's emails leave through this module's inbox.</summary>
public sealed class EmailDeliveryTests(PortalFactory app) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_email_request_delivered_again_is_not_sent_again()
    {
        var messageId = NewId.NextGuid();
        var deliveries = new ConsumeCounter();
        var bus = app.Services.GetRequiredService<IBus>();
        using var observing = bus.ConnectConsumeObserver(deliveries);
        var request = new EmailRequested("sofia.lindqvist@valdora.example", "Sofia Lindqvist", $"Delivered twice {messageId}", "Once is enough.");

        await bus.Publish(request, context => context.MessageId = messageId, Cancel);
        await TestServices.Eventually(() => Task.FromResult(deliveries.Of(messageId, "send-email") == 1), TimeSpan.FromSeconds(30), "the first delivery consumed");
        await bus.Publish(request, context => context.MessageId = messageId, Cancel);
        await TestServices.Eventually(() => Task.FromResult(deliveries.Of(messageId, "send-email") == 2), TimeSpan.FromSeconds(30), "the second delivery consumed");

        Directory.EnumerateFiles(app.MailFolder, "*.eml").Count(f => File.ReadAllText(f).Contains($"Delivered twice {messageId}", StringComparison.Ordinal)).ShouldBe(1);
    }
}
