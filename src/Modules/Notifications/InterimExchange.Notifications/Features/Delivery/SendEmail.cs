using InterimExchange.BuildingBlocks.Email;
using MassTransit;

namespace InterimExchange.Notifications.Features.Delivery;

/// <summary>
/// Sends every email any module put in its outbox, through this module's inbox: a request delivered twice is sent once.
/// A failure to send is retried by the bus, and keeps no inbox row, so nothing is lost.
/// </summary>
internal sealed class SendEmailConsumer(IEmailSender sender, NotificationsDbContext db, TimeProvider clock)
    : InboxConsumer<EmailRequested, NotificationsDbContext>(db, clock)
{
    protected override Task HandleAsync(EmailRequested message, CancellationToken cancellationToken) => sender.SendAsync(message, MessageId, cancellationToken);
}

internal sealed class SendEmailConsumerDefinition : ConsumerDefinition<SendEmailConsumer>
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<SendEmailConsumer> consumerConfigurator,
        IRegistrationContext context) =>
        // A mail server can be away for minutes; give it that long before the message goes to the error queue.
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(
            TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5)));
}
