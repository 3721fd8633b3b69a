using Microsoft.EntityFrameworkCore;

namespace InterimExchange.BuildingBlocks.Persistence;

/// <summary>An item a module moved from one person to a colleague in one handover, so that taking the work back returns exactly it.</summary>
public sealed class HandedOverItem(Guid handoverId, Guid itemId)
{
    public Guid HandoverId { get; private set; } = handoverId;

    public Guid ItemId { get; private set; } = itemId;
}

/// <summary>The ledger of what each handover moved, in the module's own database: a module that hands work over adds it to its model.</summary>
public static class HandoverLedger
{
    public static ModelBuilder AddHandoverLedger(this ModelBuilder builder)
    {
        builder.Entity<HandedOverItem>(item =>
        {
            item.ToTable("HandedOverItems");
            item.HasKey(i => new { i.HandoverId, i.ItemId });
        });
        return builder;
    }

    /// <summary>Notes that <paramref name="itemIds"/> moved in <paramref name="handoverId"/>; saved with the move.</summary>
    public static void HandedOver(this DbContext db, Guid handoverId, IEnumerable<Guid> itemIds) =>
        db.Set<HandedOverItem>().AddRange(itemIds.Distinct().Select(id => new HandedOverItem(handoverId, id)));

    /// <summary>The ids of what <paramref name="handoverId"/> moved, to filter the items taken back by.</summary>
    public static IQueryable<Guid> HandedOverIn(this DbContext db, Guid handoverId) =>
        db.Set<HandedOverItem>().Where(i => i.HandoverId == handoverId).Select(i => i.ItemId);
}
