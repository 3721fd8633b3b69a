using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.Members;

/// <summary>The people of an organisation who have not left, its admins first: whom another module tells or lists.</summary>
internal sealed class MembersHandler(AccountsDbContext db) : IQueryHandler<MembersQuery, IReadOnlyList<TeamMemberView>>
{
    public Task<IReadOnlyList<TeamMemberView>> HandleAsync(MembersQuery query, CancellationToken cancellationToken) =>
        OrganisationMembers.OfAsync(db, query.OrganisationId, cancellationToken);
}
