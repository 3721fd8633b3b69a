using AutoMapper;
using FluentValidation;
using InterimExchange.Briefs.Contracts;
using InterimExchange.Routing.Contracts;

namespace InterimExchange.Proposals.Features;

/// <summary>What a submitted proposal must hold. Candidate slots left entirely blank are not candidates.</summary>
internal sealed class ProposalInputValidator : AbstractValidator<ProposalInput>
{
    internal const string NoApproach = "Say how your interim would achieve this success criterion.";

    internal const string NoRationale = "Cite the candidate's own record against this criterion.";

    public ProposalInputValidator()
    {
        RuleForEach(p => p.Approaches).ChildRules(approach => approach.RuleFor(a => a.Text)
            .NotEmpty().WithMessage(NoApproach).MaximumLength(4000));
        RuleFor(p => p.Candidates).Must(c => c.Count(IsCandidate) is >= 1 and <= ProposalInput.MaximumCandidates)
            .WithMessage("Propose one to three candidates.");
        RuleForEach(p => p.Candidates).Where(IsCandidate).ChildRules(candidate =>
        {
            candidate.RuleFor(c => c.Alias).NotEmpty().WithMessage("Give the candidate an alias: their name stays with you.").MaximumLength(100);
            candidate.RuleFor(c => c.Headline).NotEmpty().WithMessage("Sum the candidate up in a line.").MaximumLength(200);
            candidate.RuleFor(c => c.YearsInSeniorRoles).NotNull().WithMessage("How many years in senior roles?")
                .InclusiveBetween(0, 60).WithMessage("Years in senior roles is between 0 and 60.");
            candidate.RuleFor(c => c.Achievements).NotEmpty().WithMessage("List the achievements relevant to this brief.").MaximumLength(4000);
            candidate.RuleFor(c => c.AvailableFrom).NotNull().WithMessage("When can the candidate start?");
            candidate.RuleForEach(c => c.Rationales).ChildRules(rationale => rationale.RuleFor(r => r.Text)
                .NotEmpty().WithMessage(NoRationale).MaximumLength(4000));
        });
        RuleFor(p => p.Commercial.Basis).NotNull().WithMessage("Choose a day rate or a fixed fee.");
        RuleFor(p => p.Commercial.Amount).NotNull().WithMessage("Enter the amount.").GreaterThan(0).WithMessage("The amount must be more than zero.");
        RuleFor(p => p.Commercial.Currency).NotEmpty().WithMessage("Enter the currency, for example EUR.")
            .Matches("^[A-Za-z]{3}$").WithMessage("Use a three-letter currency code, for example EUR.");
        RuleFor(p => p.Commercial.Terms).MaximumLength(2000);
    }

    public static bool IsCandidate(CandidateInput c) =>
        !string.IsNullOrWhiteSpace(c.Alias) || !string.IsNullOrWhiteSpace(c.Headline) || c.YearsInSeniorRoles is not null
        || !string.IsNullOrWhiteSpace(c.Achievements) || c.AvailableFrom is not null || c.Rationales.Any(r => !string.IsNullOrWhiteSpace(r.Text));
}

internal static class ProposalMapping
{
    /// <summary>
    /// The answers left empty once the input is fitted to the brief's criteria (<see cref="ProposalInput.FitCriteria"/>), next to
    /// their fields as the rules above name them: an answer not sent for one of the brief's criteria is an empty answer.
    /// </summary>
    public static IReadOnlyList<(string Field, string Message)> MissingAnswers(this ProposalInput input) =>
    [
        .. input.Approaches.Select((a, i) => (a, i)).Where(x => string.IsNullOrWhiteSpace(x.a.Text)).Select(x => ($"{nameof(ProposalInput.Approaches)}[{x.i}].{nameof(CriterionText.Text)}", ProposalInputValidator.NoApproach)),
        .. input.Candidates.Select((c, j) => (c, j)).Where(x => ProposalInputValidator.IsCandidate(x.c)).SelectMany(x => x.c.Rationales.Select((r, i) => (r, i))
            .Where(y => string.IsNullOrWhiteSpace(y.r.Text))
            .Select(y => ($"{nameof(ProposalInput.Candidates)}[{x.j}].{nameof(CandidateInput.Rationales)}[{y.i}].{nameof(CriterionText.Text)}", ProposalInputValidator.NoRationale))),
    ];

    /// <summary>
    /// The posted form as the proposal's content: one answer per criterion, candidates without blank slots. Candidate ids are the
    /// server's: a posted id is kept only when it is one of this proposal's own candidates (so that their scores stay with them),
    /// and only once; any other candidate gets a new id.
    /// </summary>
    public static ProposalContent ContentFrom(this Proposal proposal, ProposalInput input, int criteria)
    {
        var known = proposal.Content.Candidates.Select(c => c.Id).ToHashSet();
        Guid CandidateId(Guid posted) => known.Remove(posted) ? posted : Guid.NewGuid();
        var numbers = Enumerable.Range(1, criteria).ToList();
        static string Text(IEnumerable<CriterionText> texts, int number) => texts.FirstOrDefault(t => t.Criterion == number)?.Text?.Trim() ?? "";
        return new ProposalContent(
            numbers.Select(n => new CriterionAnswer(n, Text(input.Approaches, n))).ToList(),
            input.Candidates.Where(ProposalInputValidator.IsCandidate).Take(ProposalInput.MaximumCandidates)
                .Select(c => new ProposedCandidate(CandidateId(c.Id), c.Alias?.Trim() ?? "", c.Headline?.Trim() ?? "",
                    c.YearsInSeniorRoles, c.Achievements?.Trim() ?? "", c.AvailableFrom, numbers.Select(n => new CriterionAnswer(n, Text(c.Rationales, n))).ToList()))
                .ToList(),
            new CommercialTerms(input.Commercial.Basis, input.Commercial.Amount, input.Commercial.Currency?.Trim().ToUpperInvariant() ?? "",
                input.Commercial.Terms?.Trim() ?? ""));
    }

    /// <summary>The stored content as the firm's form: mapped field by field, then one answer per criterion of the brief, in order.</summary>
    public static ProposalInput ToInput(this IMapper mapper, ProposalContent content, int criteria)
    {
        var input = mapper.Map<ProposalInput>(content);
        input.Approaches = PerCriterion(input.Approaches, criteria);
        input.Candidates.ForEach(c => c.Rationales = PerCriterion(c.Rationales, criteria));
        return input;
    }

    private static List<CriterionText> PerCriterion(List<CriterionText> texts, int criteria) =>
        Enumerable.Range(1, criteria).Select(n => new CriterionText { Criterion = n, Text = texts.FirstOrDefault(t => t.Criterion == n)?.Text }).ToList();
}

/// <summary>
/// The proposal from the entity to the firm's form, field by field by name: a field added to one side and forgotten on the other
/// fails <c>ModuleMapsTests</c>. From the form to the entity stays hand-written: blank candidates dropped, ids given, text trimmed.
/// </summary>
internal sealed class ProposalMaps : Profile
{
    public ProposalMaps()
    {
        CreateMap<CriterionAnswer, CriterionText>();
        CreateMap<ProposedCandidate, CandidateInput>();
        CreateMap<CommercialTerms, CommercialInput>();
        CreateMap<ProposalContent, ProposalInput>();
    }
}

/// <summary>
/// A proposal as the firm may work on it: on a brief routed to the firm, which answered interested, while proposals are open.
/// Drafting and submitting start here; the proposal is started with the first change.
/// </summary>
internal sealed class FirmProposals(ProposalsDbContext db, Changes<ProposalsDbContext> changes, IBriefs briefs, TimeProvider clock)
{
    internal sealed record Context(InboxItem Item, Proposal? Proposal, IReadOnlyList<CriterionView> Criteria, string RoleTitle, string? ClosedBecause);

    public Task<Result> ChangeAsync(Context context, Func<Proposal, int, DateTime, object?> change, CancellationToken cancellationToken) =>
        context.ClosedBecause is { } closed
            ? Task.FromResult(Result.Failure("", closed))
            : changes.ApplyAsync(_ => Task.FromResult<Context?>(context), (c, now) =>
            {
                var proposal = c.Proposal;
                if (proposal is null)
                {
                    proposal = Proposal.Start(c.Item, now);
                    db.Proposals.Add(proposal);
                }

                return change(proposal, c.Criteria.Count, now);
            }, cancellationToken);

    /// <summary>Whether the brief is filled: an engagement started, so there is nothing left to withdraw from.</summary>
    public Task<bool> FilledAsync(Guid briefId, CancellationToken cancellationToken) =>
        db.Evaluations.AnyAsync(e => e.BriefId == briefId && e.EngagementId != null, cancellationToken);

    /// <summary>The brief as this firm may propose on it: routed to the firm, which answered interested.</summary>
    public async Task<Context?> LoadAsync(Guid firmId, Guid briefId, CancellationToken cancellationToken)
    {
        var item = await db.InboxItems.AsNoTracking()
            .SingleOrDefaultAsync(i => i.FirmId == firmId && i.BriefId == briefId && i.Response == FirmResponse.Interested, cancellationToken);
        var brief = item is null ? null : await briefs.AskAsync(new FirmBriefQuery(briefId), cancellationToken);
        if (item is null || brief is null)
        {
            return null;
        }

        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.BriefId == briefId && p.FirmId == firmId, cancellationToken);
        var unsealed = await db.Evaluations.AnyAsync(e => e.BriefId == briefId && e.UnsealedAtUtc != null, cancellationToken);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return new Context(item, proposal, BriefCriteria.Of(brief), brief.RoleTitle,
            Proposal.ClosedBecause(proposal?.Status ?? ProposalStatus.Draft, item.ProposalsDue, unsealed, today));
    }
}
