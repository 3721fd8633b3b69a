using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Accounts.Features.RememberedAnswer;

/// <summary>What a held key holds: the answer kept, or a request still running.</summary>
internal sealed class RememberedAnswerHandler(AccountsDbContext db) : IQueryHandler<RememberedAnswerQuery, Contracts.RememberedAnswer?>
{
    public Task<Contracts.RememberedAnswer?> HandleAsync(RememberedAnswerQuery query, CancellationToken cancellationToken) =>
        db.IdempotentAnswers.AsNoTracking()
            .Where(a => a.ClientId == query.Caller && a.Key == query.Key)
            .Select(a => new Contracts.RememberedAnswer(a.Method, a.Path, a.StatusCode, a.ContentType, a.Body))
            .SingleOrDefaultAsync(cancellationToken);
}
