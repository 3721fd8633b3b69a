namespace InterimExchange.Accounts.Domain;

/// <summary>
/// The first answer the API gave to a caller's request with an <c>Idempotency-Key</c>, kept for 24 hours. The caller is the app
/// and, for an app acting for a person, that person (<see cref="ClientId"/> holds both). Reserved, without an answer
/// (<see cref="StatusCode"/> 0), while its request runs.
/// </summary>
internal sealed class IdempotentAnswer
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A reservation older than this belongs to a request that will not finish (its process stopped).</summary>
    public static readonly TimeSpan LongestRun = TimeSpan.FromMinutes(5);

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

    public static IdempotentAnswer Reserve(string caller, string key, string method, string path, DateTime nowUtc) =>
        new() { ClientId = caller, Key = key, Method = method, Path = path, AnsweredAtUtc = nowUtc };

    /// <summary>The request that reserved the key answered: what it sent back is kept.</summary>
    public void Answer(RememberedAnswer answer, DateTime nowUtc)
    {
        BusinessRuleException.Require(StatusCode == 0 && answer.StatusCode != 0, "This key was answered already.");
        StatusCode = answer.StatusCode;
        ContentType = answer.ContentType;
        Body = answer.Body;
        AnsweredAtUtc = nowUtc;
    }
}
