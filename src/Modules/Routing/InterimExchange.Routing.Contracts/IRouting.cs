namespace InterimExchange.Routing.Contracts;

/// <summary>The Routing module's facade: which firms should receive a confirmed brief, and why.</summary>
public interface IRouting
{
    /// <summary>
    /// Eligible firms ranked for one of the RPO's confirmed briefs, each with its reasons in words;
    /// null when the brief is not confirmed (or not the RPO's).
    /// </summary>
    Task<IReadOnlyList<Recommendation>?> RecommendAsync(Guid rpoId, Guid briefId, CancellationToken cancellationToken);
}

/// <summary>One recommended firm: its score (higher is a better fit) and the reasons, citing its own profile.</summary>
public sealed record Recommendation(Guid FirmId, string FirmName, int Score, IReadOnlyList<string> Reasons)
{
    public string Summary => string.Join("; ", Reasons);
}
