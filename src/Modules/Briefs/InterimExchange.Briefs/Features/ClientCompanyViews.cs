namespace InterimExchange.Briefs.Features;

/// <summary>A client company as the RPO's pages and other modules read it: its executives by name.</summary>
internal static class ClientCompanyViews
{
    public static IQueryable<ClientCompanyView> Project(this IQueryable<ClientCompany> companies) =>
        companies.Select(c => new ClientCompanyView(c.Id, c.Name, c.Sector,
            c.Contacts.OrderBy(x => x.Name).Select(x => new ClientContactView(x.Id, x.Name, x.Email, x.JobTitle, x.IsAdmin)).ToList(), c.OrganisationId));
}
