namespace InterimExchange.Accounts.Domain;

/// <summary>A tenant: an RPO provider, a specialist firm, a client company, or the platform itself.</summary>
internal sealed class Organisation
{
    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public OrganisationKind Kind { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    private Organisation()
    {
    }

    public Organisation(Guid id, string name, OrganisationKind kind, DateTime createdAtUtc)
    {
        Id = id;
        Name = PlainText.SingleLine(name);
        Kind = kind;
        CreatedAtUtc = createdAtUtc;
    }

    /// <summary>The role every member of this organisation holds.</summary>
    public string MemberRole => Roles.Of(Kind);
}
