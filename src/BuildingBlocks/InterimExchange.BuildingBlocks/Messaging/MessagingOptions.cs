namespace InterimExchange.BuildingBlocks.Messaging;

public enum MessageTransport
{
    InMemory,
    RabbitMq,
}

/// <summary>The <c>Messaging</c> configuration section.</summary>
public sealed class MessagingOptions
{
    public const string Section = "Messaging";

    public MessageTransport Transport { get; set; } = MessageTransport.InMemory;

    public string Host { get; set; } = "localhost";

    public ushort Port { get; set; } = 5672;

    public string VirtualHost { get; set; } = "/";

    public string Username { get; set; } = "guest";

    public string Password { get; set; } = "guest";

    /// <summary>Prefix of queue names, so that two deployments can share a broker.</summary>
    public string? QueuePrefix { get; set; }
}
