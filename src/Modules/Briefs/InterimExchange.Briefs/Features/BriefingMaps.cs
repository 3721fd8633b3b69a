using AutoMapper;

namespace InterimExchange.Briefs.Features;

/// <summary>
/// The briefing between the entity and its contracts, field by field by name. A field added to one side and forgotten on
/// the other fails <c>ModuleMapsTests</c>; saving a step stays hand-written, because only the saved section's fields are taken.
/// </summary>
internal sealed class BriefingMaps : Profile
{
    public BriefingMaps()
    {
        CreateMap<SuccessCriterion, CriterionInput>();
        CreateMap<Briefing, BriefingContent>();
        CreateMap<CommercialExpectations, CommercialView>();
        CreateMap<Clarification, ClarificationView>();

        // The executive's form is the briefing's fields and the commercial section's, from the two parts of the entity.
        CreateMap<Briefing, BriefingInput>(MemberList.Source);
        CreateMap<CommercialExpectations, BriefingInput>(MemberList.Source)
            .ForMember(i => i.CommercialNotes, o => o.MapFrom(c => c.Notes));
    }
}

internal static class BriefingMapping
{
    public static BriefingInput ToInput(this IMapper mapper, Briefing briefing, CommercialExpectations commercial) =>
        mapper.Map(commercial, mapper.Map<BriefingInput>(briefing)).WithEmptyCriteriaRows();
}
