namespace InterimExchange.Web.Areas.Firm.Pages.Briefs;

public sealed class ProposalModel(IProposals proposals) : ProposalPageModel(proposals);
