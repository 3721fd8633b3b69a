namespace InterimExchange.Briefs.Features;

/// <summary>An executive reaches a brief only through a live invitation they have claimed.</summary>
internal static class ExecutiveBriefs
{
    public static Task<Brief?> ForExecutiveAsync(this DbSet<Brief> briefs, BriefsDbContext db, Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        briefs.SingleOrDefaultAsync(b => b.Id == briefId
            && db.BriefingInvitations.Any(i => i.BriefId == briefId && i.ExecutiveUserId == userId && i.RevokedAtUtc == null), cancellationToken);

    /// <summary>The executive's live invitation to the brief, tracked: the latest sent.</summary>
    public static Task<BriefingInvitation> OfExecutiveAsync(this DbSet<BriefingInvitation> invitations, Guid userId, Guid briefId, CancellationToken cancellationToken) =>
        invitations.Where(i => i.BriefId == briefId && i.ExecutiveUserId == userId && i.RevokedAtUtc == null)
            .OrderByDescending(i => i.SentAtUtc).FirstAsync(cancellationToken);
}
