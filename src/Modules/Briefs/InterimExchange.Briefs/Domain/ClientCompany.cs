namespace InterimExchange.Briefs.Domain;

/// <summary>A client company an RPO hires for; its executives sign in to the client portal under its organisation.</summary>
internal sealed class ClientCompany
{
    private readonly List<ClientContact> contacts = [];

    public Guid Id { get; private set; }

    public Guid RpoOrganisationId { get; private set; }

    /// <summary>The client's organisation in Accounts: its executives' tenant.</summary>
    public Guid OrganisationId { get; private set; }

    public string Name { get; private set; } = "";

    public string Sector { get; private set; } = "";

    public IReadOnlyList<ClientContact> Contacts => contacts;

    private ClientCompany()
    {
    }

    public ClientCompany(Guid id, Guid rpoOrganisationId, Guid organisationId, string name, string sector)
    {
        Id = id;
        RpoOrganisationId = rpoOrganisationId;
        OrganisationId = organisationId;
        Name = PlainText.SingleLine(name);
        Sector = sector;
    }

    public ClientContact AddContact(string name, string email, string jobTitle, bool isAdmin = false)
    {
        if (contacts.Any(c => string.Equals(c.Email, email, StringComparison.OrdinalIgnoreCase)))
        {
            throw new BusinessRuleException($"{email} is already a contact of {Name}.", "Email");
        }

        var contact = new ClientContact(Guid.NewGuid(), Id, name, email, jobTitle, isAdmin);
        contacts.Add(contact);
        return contact;
    }
}

/// <summary>
/// A client executive the RPO can invite to brief. <paramref name="IsAdmin"/>: the RPO named them an admin of their company on
/// InterimExchange, which they are from the moment they set up their account (the company's first executive is one anyway).
/// </summary>
internal sealed record ClientContact(Guid Id, Guid ClientCompanyId, string Name, string Email, string JobTitle, bool IsAdmin = false);
