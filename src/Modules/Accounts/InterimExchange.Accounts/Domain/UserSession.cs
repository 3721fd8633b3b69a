namespace InterimExchange.Accounts.Domain;

/// <summary>One signed-in browser of a person: what it is, since when, and when it ended, so that the person can see and end it.</summary>
internal sealed class UserSession
{
    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The browser as it described itself, shortened.</summary>
    public string Device { get; private set; } = "";

    public DateTime SignedInAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    private UserSession()
    {
    }

    public UserSession(Guid userId, string? device, DateTime nowUtc)
    {
        Id = Guid.CreateVersion7();
        UserId = userId;
        Device = string.IsNullOrWhiteSpace(device) ? "Unknown browser" : device.Trim()[..Math.Min(device.Trim().Length, 200)];
        SignedInAtUtc = nowUtc;
    }

    public void End(DateTime nowUtc) => EndedAtUtc ??= nowUtc;
}
