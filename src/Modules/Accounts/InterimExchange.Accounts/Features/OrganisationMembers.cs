namespace InterimExchange.Accounts.Features;

/// <summary>The people of an organisation who have not left, its admins first, each with the colleague holding their work while on leave.</summary>
internal static class OrganisationMembers
{
    public static async Task<IReadOnlyList<TeamMemberView>> OfAsync(AccountsDbContext db, Guid organisationId, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => u.OrganisationId == organisationId && u.RemovedAtUtc == null)
            .OrderByDescending(u => u.IsOrganisationAdmin).ThenBy(u => u.DisplayName)
            .Select(u => new TeamMemberView(u.Id, u.DisplayName, u.Email!, u.IsOrganisationAdmin, u.TimeZone,
                db.Handovers.Where(h => h.FromUserId == u.Id && !h.ForGood && h.TakenBackAtUtc == null)
                    .Join(db.Users, h => h.ToUserId, colleague => colleague.Id, (_, colleague) => colleague.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);
}
