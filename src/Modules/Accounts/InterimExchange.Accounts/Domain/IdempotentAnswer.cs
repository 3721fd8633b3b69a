namespace InterimExchange.Accounts.Domain;

/// <summary>The first answer the API gave to an integration's request with an <c>Idempotency-Key</c>, kept for 24 hours.</summary>
internal sealed class IdempotentAnswer
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public string ClientId { get; private set; } = "";

    public string Key { get; private set; } = "";

    public string Method { get; private set; } = "";

    public string Path { get; private set; } = "";

    public int StatusCode { get; private set; }

    public string? ContentType { get; private set; }

    public byte[] Body { get; private set; } = [];

    public DateTime AnsweredAtUtc { get; private set; }

    private IdempotentAnswer()
    {
    }

    public IdempotentAnswer(string clientId, string key, RememberedAnswer answer, DateTime nowUtc)
    {
        ClientId = clientId;
        Key = key;
        Method = answer.Method;
        Path = answer.Path;
        StatusCode = answer.StatusCode;
        ContentType = answer.ContentType;
        Body = answer.Body;
        AnsweredAtUtc = nowUtc;
    }
}
