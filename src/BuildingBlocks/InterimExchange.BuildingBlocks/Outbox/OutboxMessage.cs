namespace InterimExchange.BuildingBlocks.Outbox;

/// <summary>
/// A message waiting to be published, written in the same SaveChanges as the change that caused it.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; private set; }

    public Guid MessageId { get; private set; }

    public string Type { get; private set; } = "";

    public string Content { get; private set; } = "";

    public DateTime OccurredAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    /// <summary>While set and in the future, one dispatcher instance holds the row.</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    public Guid? LockedBy { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    private OutboxMessage()
    {
    }

    internal static OutboxMessage For(object message, DateTime nowUtc) => new()
    {
        // Ids rise with time, so that what is named by them (an email's file) sorts in the order it was asked for.
        MessageId = Guid.CreateVersion7(new DateTimeOffset(nowUtc, TimeSpan.Zero)),
        Type = message.GetType().AssemblyQualifiedName!,
        Content = System.Text.Json.JsonSerializer.Serialize(message, message.GetType()),
        OccurredAtUtc = nowUtc,
    };
}

/// <summary>
/// A message this module's consumer has already handled, recorded in the same SaveChanges as the consumer's effect.
/// </summary>
public sealed class InboxMessage(Guid messageId, string consumer, DateTime handledAtUtc)
{
    public Guid MessageId { get; private set; } = messageId;

    public string Consumer { get; private set; } = consumer;

    public DateTime HandledAtUtc { get; private set; } = handledAtUtc;
}
