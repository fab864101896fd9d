using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Learning;
using Partnership.Modules.Reviews.Themes;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Seeding;
using static Partnership.Modules.Reviews.Seeding.StandardThemes;

namespace Partnership.Modules.Reviews.Seeding;

/// <summary>
/// The demo reviews' themes and some of their key learning and good practice, taken from their seeds: seed
/// 004 for Child H, seed 000 for the thematic review of 2013, seed 001 for Thurrock, seed 002's common themes
/// for Leeds (which Leeds review found which theme is plausible, not reported). A review that already has
/// themes or learning is left as it is.
/// </summary>
internal sealed class DemoThemesAndLearning(ReviewsDbContext db, IAgencyDirectory directory, TimeProvider time) : ISeedData
{
    private const string Hospital = "East Lancashire Hospitals Trust";
    private const string Police = "Lancashire Constabulary";
    private const string SocialCare = "Blackburn with Darwen children's social care";
    private const string Housing = "Blackburn with Darwen Council housing strategy and housing needs";
    private const string Health = "NHS Blackburn with Darwen Care Trust Plus";
    private const string Education = "Blackburn with Darwen children's services: education";
    private const string Connexions = "CXL Connexions";

    private static readonly (string Reference, string[] Themes, Finding[] Learning)[] Demo =
    [
        ("SCR-2010-01", [Neglect, CareLeavers, ProfessionalCuriosity, ThinkFamily],
        [
            new(LearningKind.GoodPractice, "The health visitor was diligent in assessing the emotional wellbeing as well as the physical health of Child H's mother.", [ThinkFamily], [Health]),
            new(LearningKind.GoodPractice, "Leaving care and Connexions staff worked hard to encourage Child H's mother into training and employment after she left school.", [CareLeavers], [SocialCare, Connexions]),
            new(LearningKind.KeyLearning, "Eighteen injuries caused over up to twelve weeks were not recognised; professionals relied on the parents' account of the baby's care.", [Neglect, ProfessionalCuriosity], [Hospital, Health]),
        ]),
        ("TR-2013-01", [CareLeavers, SelfHarm, Homelessness, Neglect],
        [
            new(LearningKind.KeyLearning, "Two young people's self-harm and suicidal tendencies were not sufficiently identified, risk assessed or managed by agencies.", [SelfHarm], [SocialCare]),
            new(LearningKind.KeyLearning, "An adolescent subject to a child in need plan was assaulted while living in an adult homeless hostel: young people who become homeless need a consistent response.", [Homelessness], [Housing, SocialCare]),
            new(LearningKind.KeyLearning, "A young woman's chronic neglect was not recognised and responded to in a timely manner.", [Neglect], [SocialCare]),
        ]),
        ("CSPR-2019-02", [ThinkFamily, VoiceOfTheChild], []),
        ("CSPR-2019-05", [ThinkFamily, DomesticAbuse],
        [
            new(LearningKind.KeyLearning, "The Think Family approach was not followed consistently across agencies.", [ThinkFamily], [SocialCare, Police]),
        ]),
        ("CSPR-2021-01", [DomesticAbuse, Escalation], []),
        ("TR-2021-02", [SeriousYouthViolence, ExtraFamilialHarm], []),
        ("RR-2022-07", [ProfessionalCuriosity, WasNotBrought], []),
        ("RR-2021-05", [ComplexHealthNeeds, WasNotBrought, Pandemic],
        [
            new(LearningKind.KeyLearning, "Numerous services and appointments were not co-ordinated, and the child's presentation came to be seen as normal for them.", [ComplexHealthNeeds], [Hospital, Health]),
        ]),
        ("RR-2021-08", [DomesticAbuse, VoiceOfTheChild], []),
        ("RR-2021-11", [Bereavement, ThinkFamily],
        [
            new(LearningKind.GoodPractice, "The family were supported after a death in the family and signposted to bereavement support.", [Bereavement], [Health]),
        ]),
        ("RR-2022-02", [DisguisedCompliance, ProfessionalCuriosity], []),
        ("RR-2022-04", [Pandemic, ComplexHealthNeeds], []),
        ("RR-2022-10", [Escalation, DomesticAbuse], []),
        ("CSPR-2021-06", [ProfessionalCuriosity, DisguisedCompliance, Escalation],
        [
            new(LearningKind.KeyLearning, "The family appeared co-operative and gave the information asked for; practitioners accepted assurances without checking what was happening at home.", [DisguisedCompliance, ProfessionalCuriosity], [SocialCare, Health]),
            new(LearningKind.KeyLearning, "Concerns escalated between agencies were not always resolved as expected, and the early stages of the concern were not recorded.", [Escalation], [SocialCare, Police]),
        ]),
        ("CSPR-2021-09", [DomesticAbuse, DifferingRiskAssessment, ThinkFamily],
        [
            new(LearningKind.GoodPractice, "Domestic incidents were shared through MARAC, with flags on the records of those involved.", [DomesticAbuse], [Police, Hospital]),
            new(LearningKind.KeyLearning, "Practitioners did not understand what other agencies' risk levels meant, so the same risk was read differently.", [DifferingRiskAssessment], [Police, SocialCare, Housing]),
        ]),
        ("CSPR-2022-01", [Bereavement, VoiceOfTheChild, ProfessionalCuriosity],
        [
            new(LearningKind.KeyLearning, "The impact of a bereavement on the family's use of services and on the safeguarding plan was not considered in assessments.", [Bereavement], [Health, SocialCare]),
        ]),
        ("CSPR-2022-06", [Pandemic, ComplexHealthNeeds, WasNotBrought],
        [
            new(LearningKind.GoodPractice, "During the pandemic staff went above and beyond: food parcels, regular visits and contact, services adapted to keep operating.", [Pandemic], [Hospital, Health, SocialCare]),
            new(LearningKind.KeyLearning, "Appointments cancelled during the pandemic left long gaps between contacts, and the child was not brought to several of them.", [Pandemic, WasNotBrought], [Hospital, Health]),
        ]),
        ("LLR-2021-07", [VoiceOfTheChild, Pandemic],
        [
            new(LearningKind.KeyLearning, "Isolated from school and peers during the pandemic, the child had no one outside the home to tell what life was like.", [VoiceOfTheChild, Pandemic], [Education, SocialCare]),
        ]),
        ("LLR-2022-03", [DomesticAbuse, ProfessionalCuriosity], []),
        ("LLR-2022-09", [DifferingRiskAssessment, ThinkFamily, Escalation], []),
    ];

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Name, a => a.Id);
        var references = Demo.Select(d => d.Reference).ToList();
        var reviews = await db.Reviews
            .Where(r => references.Contains(r.Reference) && !db.ReviewThemes.Any(t => t.ReviewId == r.Id) && !db.LearningItems.Any(l => l.ReviewId == r.Id))
            .ToDictionaryAsync(r => r.Reference, r => r.Id, cancellationToken);
        var themes = await db.Themes.Select(t => t.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var (reference, reviewThemes, learning) in Demo.Where(d => reviews.ContainsKey(d.Reference)))
        {
            var review = reviews[reference];
            db.ReviewThemes.AddRange(reviewThemes.Select(IdOf).Where(themes.Contains).Select(theme => new ReviewTheme { ReviewId = review, ThemeId = theme }));
            foreach (var finding in learning)
            {
                var item = new LearningItem { Id = Guid.CreateVersion7(now), ReviewId = review, Kind = finding.Kind, Text = finding.Text, RecordedAt = now, ChangedAt = now };
                item.Themes.AddRange(finding.Themes.Select(IdOf).Where(themes.Contains).Select(theme => new LearningItemTheme { LearningItemId = item.Id, ThemeId = theme }));
                item.Agencies.AddRange(finding.Agencies.Where(agencies.ContainsKey).Select(name => new LearningItemAgency { LearningItemId = item.Id, AgencyId = agencies[name] }));
                db.LearningItems.Add(item);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record Finding(LearningKind Kind, string Text, string[] Themes, string[] Agencies);
}
