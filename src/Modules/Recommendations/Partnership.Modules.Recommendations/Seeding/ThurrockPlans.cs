using Partnership.Modules.Recommendations.Plans;

namespace Partnership.Modules.Recommendations.Seeding;

/// <summary>
/// Seed 001: Thurrock's committee report of February 2022 gives each plan's counts and names its amber
/// actions, not the wording of the others. The amber actions here are the ones it describes; the rest stand
/// for the completed actions it counts. The statuses reproduce the report: Sam and Kyle 18 actions, 16 Green
/// or Blue and 2 Amber; Frankie 14, 13 and 1 Amber; Leo 11 complete and 3 Amber.
/// </summary>
internal static class ThurrockPlans
{
    private const string SocialCare = "Blackburn with Darwen children's social care";
    private const string Police = "Lancashire Constabulary";
    private const string Hospital = "East Lancashire Hospitals Trust";
    private const string Education = "Blackburn with Darwen children's services: education";
    private const string BusinessUnit = "Blackburn with Darwen Safeguarding Children Partnership business unit";

    private static readonly string[] Agencies = [SocialCare, Police, Hospital, Education, BusinessUnit];

    // Sam and Kyle is not in the review register's demo; its report date is plausible.
    public static DemoPlan SamAndKyle { get; } = Plan("CSPR-SAM-KYLE", "Sam and Kyle", new DateOnly(2021, 3, 1), 18,
    [
        new("Run multi-agency reflective practice sessions that bring practitioners together to discuss complex cases (February, April and June 2022).",
            BusinessUnit, "LSCP Business Manager", "Session dates, attendance and evaluations.", "Practitioners from every agency reflect together on complex cases.", new DateOnly(2021, 12, 31), Brag.Amber, false),
        new("Develop the reflective practice sessions' material from the review's learning and agree it with partners.",
            SocialCare, "Principal Social Worker", "Agreed session plan.", "The review's learning is taught in the sessions.", new DateOnly(2021, 12, 31), Brag.Amber, false),
    ]);

    // Frankie was published in June 2020 (the review register's demo).
    public static DemoPlan Frankie { get; } = Plan("CSPR-2019-02", "Frankie", new DateOnly(2020, 6, 15), 14,
    [
        new("Agree how agencies identify and support children whose parents receive custodial sentences, drawing on best practice elsewhere.",
            Police, "Detective Chief Inspector, Public Protection", "Best practice review and an agreed approach.", "Children of imprisoned parents are identified and supported.", new DateOnly(2021, 6, 30), Brag.Amber, false),
    ]);

    // Leo was published on 16 February 2021 (the review register's demo).
    public static DemoPlan Leo { get; } = Plan("CSPR-2019-05", "Leo", new DateOnly(2021, 2, 16), 14,
    [
        new("Embed the Think Family approach across Thurrock, Essex and Southend: a podcast and resources for practitioners, and a Think Family summit in spring or summer 2022.",
            SocialCare, "Head of Service, Children's Social Care", "The podcast and resources on the partnership's website; the summit's programme.", "Practitioners think about the whole family in every assessment.", new DateOnly(2022, 1, 31), Brag.Amber, false),
        new("Survey schools to find out what information they receive about the children in their care (recommendation 1.2).",
            Education, "Designated Safeguarding Lead adviser", "Survey results and the actions they lead to.", "Schools receive the information they need to keep children safe.", new DateOnly(2022, 1, 31), Brag.Amber, false),
        new("Make sure health practitioners share concerns about a child's parents' needs with the professionals working with the family.",
            Hospital, "Named Nurse for Safeguarding Children", "Audit of referrals and information sharing.", "Parents' needs that put a child at risk are known to the professionals around the family.", new DateOnly(2022, 1, 31), Brag.Amber, false),
    ]);

    /// <summary>A plan of <paramref name="total"/> actions: the named open ones first, the others complete (Green, every fourth Blue).</summary>
    private static DemoPlan Plan(string reference, string title, DateOnly sourceDate, int total, DemoAction[] open)
    {
        var recommendations = new List<DemoRecommendation>();
        var number = 1;
        foreach (var action in open)
        {
            recommendations.Add(new($"{number}", action.Description, true, Timescale.WithinMonths, 12, null, [action]));
            number++;
        }
        for (var done = 0; done < total - open.Length; done++, number++)
        {
            var agency = Agencies[done % Agencies.Length];
            var status = done % 4 == 3 ? Brag.Blue : Brag.Green;
            recommendations.Add(new($"{number}", $"Recommendation {number} of the {title} review.", done % 2 == 0, Timescale.WithinMonths, 12, null,
            [
                new($"Key action {number} of the {title} action plan, complete (the committee report counts it; its wording is in the published plan).",
                    agency, "Agency safeguarding lead", "Completion reported to the LSCP.", null, null, status, true),
            ]));
        }
        return new DemoPlan(reference, title, SourceKind.Review, sourceDate, recommendations);
    }
}
