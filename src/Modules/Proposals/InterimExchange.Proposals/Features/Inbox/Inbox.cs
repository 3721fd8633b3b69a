using InterimExchange.Briefs.Contracts;
using InterimExchange.BuildingBlocks.Outbox;
using InterimExchange.BuildingBlocks.Results;
using InterimExchange.Proposals.Contracts;
using InterimExchange.Proposals.Data;
using InterimExchange.Proposals.Domain;
using InterimExchange.Proposals.Features.Outcomes;
using InterimExchange.Routing.Contracts.IntegrationEvents;
using Microsoft.EntityFrameworkCore;

namespace InterimExchange.Proposals.Features.Inbox;

/// <summary>A routed brief lands in the firm's inbox once, however often the message is delivered.</summary>
internal sealed class BriefRoutedToFirmConsumer(ProposalsDbContext db, TimeProvider clock) : InboxConsumer<BriefRoutedToFirm, ProposalsDbContext>(db, clock)
{
    protected override async Task HandleAsync(BriefRoutedToFirm message, CancellationToken cancellationToken)
    {
        if (await Db.InboxItems.AnyAsync(i => i.BriefId == message.BriefId && i.FirmId == message.FirmId, cancellationToken))
        {
            return;
        }

        var item = new InboxItem(message.BriefId, message.FirmId, message.FirmName, message.Channel, message.RpoOrganisationId, message.RoleTitle, message.Note, message.Reasons,
            message.RespondBy, message.ProposalsDue, message.RoutedAtUtc);
        Db.InboxItems.Add(item);
        Db.Routed(item, message.CoordinatorId, message.Coordinator, await Db.PolicyAsync(message.RpoOrganisationId, cancellationToken));
    }
}

internal sealed class FirmInboxHandler(ProposalsDbContext db, IBriefsForFirms briefs, TimeProvider clock) : IFirmInbox
{
    public async Task<IReadOnlyList<InboxItemView>> ListAsync(Guid firmId, CancellationToken cancellationToken) =>
        await db.InboxItems.AsNoTracking()
            .Where(i => i.FirmId == firmId)
            .OrderByDescending(i => i.RoutedAtUtc)
            .Take(100)
            .Select(i => new InboxItemView(i.BriefId, i.RoleTitle, i.RespondBy, i.ProposalsDue, i.RoutedAtUtc, i.Response,
                db.Proposals.Where(p => p.BriefId == i.BriefId && p.FirmId == i.FirmId).Select(p => (ProposalStatus?)p.Status).FirstOrDefault(),
                db.Decisions.Where(d => d.BriefId == i.BriefId && d.FirmId == i.FirmId && d.Outcome == null).Min(d => (DateOnly?)d.DecisionBy),
                db.Decisions.Where(d => d.BriefId == i.BriefId && d.FirmId == i.FirmId && d.Outcome != null).OrderByDescending(d => d.DecidedAtUtc)
                    .Select(d => d.Outcome).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    public async Task<RoutedBriefView?> GetAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.AsNoTracking().SingleOrDefaultAsync(i => i.FirmId == firmId && i.BriefId == briefId, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var brief = await briefs.GetAsync(briefId, cancellationToken);
        return brief is null
            ? null
            : new RoutedBriefView(new InboxItemView(item.BriefId, item.RoleTitle, item.RespondBy, item.ProposalsDue, item.RoutedAtUtc, item.Response),
                item.Note, item.Reasons, item.DeclineReason, item.ResponseNote, brief);
    }

    public async Task<Result> RespondAsync(RespondToBrief request, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.SingleOrDefaultAsync(i => i.FirmId == request.FirmId && i.BriefId == request.BriefId, cancellationToken);
        if (item is null)
        {
            return Result.NotFound();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            item.Respond(request.Interested, request.Reason, request.Note, now);
        }
        catch (InboxRuleException rule)
        {
            return Result.Failure(request.Interested ? "" : nameof(RespondToBrief.Reason), rule.Message);
        }

        db.AddToOutbox(new FirmRespondedToBrief(item.BriefId, item.FirmId, request.Interested, item.DeclineReason?.ToString(), item.ResponseNote, now), clock);
        db.Note(item.BriefId, item.FirmId, now, request.Interested ? "You answered: interested." : $"You declined: {item.DeclineReason}. {item.ResponseNote}".TrimEnd());
        if (!request.Interested && await db.OpenFirmDecisionAsync(item.BriefId, item.FirmId, cancellationToken) is { } decision)
        {
            db.Decide(decision, Outcome.DeclinedByFirm, "The firm declined the brief.", automated: true, now);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
