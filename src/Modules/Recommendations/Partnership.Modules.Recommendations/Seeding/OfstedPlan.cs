using Partnership.Modules.Recommendations.Plans;

namespace Partnership.Modules.Recommendations.Seeding;

/// <summary>
/// Seed 003: the areas for improvement of the December 2011 Ofsted inspection (safeguarding, and services for
/// looked after children), each to act on immediately, within three months or within six months of the
/// report, all of them COMPLETED. The partnership's own health commissioner stands for the NHS cluster.
/// </summary>
internal static class OfstedPlan
{
    private const string SocialCare = "Blackburn with Darwen children's social care";
    private const string Health = "NHS Blackburn with Darwen Care Trust Plus";
    private const string Education = "Blackburn with Darwen children's services: education";
    private const string BusinessUnit = "Blackburn with Darwen Safeguarding Children Partnership business unit";

    // The inspection report was published in January 2012 (the review register's demo).
    public static DemoPlan Plan { get; } = new("OFSTED-2011-12", "Ofsted inspection of safeguarding and looked after children services", SourceKind.Inspection, new DateOnly(2012, 1, 20),
    [
        Area("S1", 0, SocialCare, "Ensure that the respective roles and responsibilities of qualified and unqualified staff in the DAS are demarcated appropriately, so that assessing potential risk factors is undertaken only by qualified staff."),
        Area("S2", 0, SocialCare, "Ensure that child protection plans and family support plans clearly outline required outcomes, responsibilities and timescales, that progress is regularly reviewed and recorded in detail, and that appropriate action is taken."),
        Area("S3", 0, SocialCare, "Ensure that all investigations overseen by the LADO are initiated and progressed in a timely manner and that actions taken are sufficiently robust."),
        Area("S4", 3, BusinessUnit, "Ensure that the LSCB has robust performance monitoring arrangements so that partners are assured that all aspects of safeguarding performance are satisfactory and improving."),
        Area("S5", 3, SocialCare, "Ensure that management oversight of cases is clearly recorded on children's case records, including the reasons for decisions taken."),
        Area("S6", 3, SocialCare, "Ensure that a central record is made of the content and decisions of section 47 strategy meetings and shared with all relevant agencies."),
        Area("S7", 3, Health, "Ensure timely access to specialist children's expertise when a child or young person is in the urgent care centre."),
        Area("S8", 3, Health, "Ensure that children with behavioural difficulties can access emotional well-being services and are supported through transitions to adult services."),
        Area("S9", 6, SocialCare, "Ensure that all the learning from complaints is identified, aggregated and used to continually improve practice."),
        Area("S10", 6, SocialCare, "Ensure a clear strategy to embed 'think family' work in all relevant adults' and children's services, and monitor its effectiveness."),
        Area("S11", 6, BusinessUnit, "Ensure clear lines of accountability and reporting arrangements between the Children's Trust and the LSCB."),
        Area("L1", 0, Education, "Ensure that looked after children can access education and are integrated into school life by significantly reducing fixed term and temporary exclusions."),
        Area("L2", 3, SocialCare, "Ensure that all managers in the looked after children's services can contribute effectively to improving outcomes for children and young people."),
        Area("L3", 3, SocialCare, "Ensure that every looked after child who would benefit from an Independent Visitor can access one in a timely manner."),
        Area("L4", 3, SocialCare, "Ensure that all care leavers are in accommodation which meets the standards set out by the council."),
        Area("L5", 3, Health, "Ensure that looked after children in kinship care are not disadvantaged in accessing mental health and emotional well-being services."),
        Area("L6", 3, SocialCare, "Ensure that looked after children's reviews are recorded to consistently high standards to enhance children's plans."),
    ]);

    private static DemoRecommendation Area(string number, int months, string agency, string text)
    {
        var action = new DemoAction(text, agency, "Director of Children's Services", "Progress report to the LSCB (May 2012).", "The area for improvement is met.", null, Brag.Green, true);
        return months == 0
            ? new(number, text, true, Timescale.Immediately, null, null, [action])
            : new(number, text, true, Timescale.WithinMonths, months, null, [action]);
    }
}
