using AutoMapper;
using InterimExchange.BuildingBlocks.UseCases;

namespace InterimExchange.Briefs.Features.ViewBriefing;

/// <summary>One briefing as the executive fills it in, reached only through a live invitation they have claimed.</summary>
internal sealed class ViewBriefingHandler(BriefsDbContext db, IMapper mapper) : IQueryHandler<ViewBriefingQuery, BriefingForm?>
{
    public async Task<BriefingForm?> HandleAsync(ViewBriefingQuery query, CancellationToken cancellationToken)
    {
        var brief = await db.Briefs.ForExecutiveAsync(db, query.By.UserId, query.BriefId, cancellationToken);
        if (brief is null)
        {
            return null;
        }

        var clientName = await db.ClientCompanies.Where(c => c.Id == brief.Details.ClientCompanyId).Select(c => c.Name).SingleAsync(cancellationToken);
        return new BriefingForm(brief.Id, brief.Details.RoleTitle, clientName, brief.BriefingOpenForEditing,
            mapper.Map<BriefingContent>(brief.Briefing), mapper.Map<CommercialView>(brief.Commercial),
            mapper.Map<ClarificationView?>(brief.OpenClarification), brief.Briefing.MissingForSubmission().ToList(), mapper.ToInput(brief.Briefing, brief.Commercial));
    }
}
