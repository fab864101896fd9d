using Partnership.Modules.Recommendations.Plans;

namespace Partnership.Modules.Recommendations.Seeding;

/// <summary>
/// Seed 004's Appendix 1, the Child H serious case review's combined action plan: a selection of its 49
/// rows that covers each kind of agency (the rest come in with the plan import). Each numbered row is one
/// recommendation with its key action. Where the plan gives a range or a term ("Oct – end Dec 10",
/// "December 2010") the due date is the end of it; "Immediately" is the source's date. The review was
/// closed in 2013, so every action here is complete.
/// </summary>
internal static class ChildHPlan
{
    // The plan was written when the overview report went to the panel in October 2010, before the trial
    // held publication; its dates count from then, not from publication.
    public static readonly DateOnly SourceDate = new(2010, 10, 1);

    private const string BusinessUnit = "Blackburn with Darwen Safeguarding Children Partnership business unit";
    private const string SocialCare = "Blackburn with Darwen children's social care";
    private const string Education = "Blackburn with Darwen children's services: education";
    private const string CareTrust = "NHS Blackburn with Darwen Care Trust Plus";
    private const string Hospital = "East Lancashire Hospitals Trust";
    private const string Police = "Lancashire Constabulary";
    private const string Housing = "Blackburn with Darwen Council housing strategy and housing needs";
    private const string Connexions = "CXL Connexions";

    public static DemoPlan Plan { get; } = new("SCR-2010-01", "Child H", SourceKind.Review, SourceDate,
    [
        Row("1", "The LSCB should ensure that training and development programmes provided on behalf of the board and its partner agencies provide sufficient awareness about the distinct cultures within the borough and the implications for professional enquiries and assessment, including specific issues arising from honour based violence or intimidation.", true,
            new DateOnly(2010, 12, 31),
            new("The LSCB to work with the Local Strategic Partnership's People & Communities Forum to understand the different communities within the borough; all LSCB courses assessed for their impact on diversity; the LSCB to work with Children's Services to understand the pattern and lessons from cases of HBV.",
                BusinessUnit, "Strategic Head of Service, Safeguarding Unit", "The LSCB are informed through the LSP of the different cultures within the borough to inform service planning and service response.",
                "Improved understanding of cultural diversity when making enquiries for assessments and risk evaluations.", null, Brag.Green, true)),
        Row("2", "A copy of the executive summary should be referred to the panel of senior managers overseeing all cases of children looked after by the local authority; the themes on the use of legal frameworks should be reflected on and reported to the LSCB quality assurance sub-group.", true,
            new DateOnly(2011, 1, 31),
            new("Copy of the executive summary provided to the Strategic Head of Service Social Work; the panel of senior managers clarifies the process used to determine when legal action is taken in placing children into care; report to the quality assurance committee.",
                SocialCare, "Head of Service (Social Work), Children's Services", "The Head of Service Social Work reports to the quality assurance committee.",
                "Social workers and managers have clarity when voluntary arrangements are appropriate and when the local authority should apply statutory powers.", null, Brag.Green, true)),
        Row("3", "The Director of Children's Services ensures that the leaving care service develops a protocol with the relevant health trust services on transitions and post 16 pathway assessment, planning services and reviews.", true,
            new DateOnly(2011, 1, 31),
            new("The leaving care team and the school nurse service develop a protocol on post 16 pathway assessment, transition planning and review.",
                CareTrust, "Director of Clinical Services, Provider Services Unit", "Protocol in place and procedures clarified for both service areas.",
                "Health needs of looked after young people (post 16) are fully reflected and reviewed as part of the pathway plan process.", null, Brag.Green, true)),
        Row("4", "The LSCB should ensure that safeguarding policies, protocols and training incorporate specific advice from this review on honour based violence that is not related to forced marriage.", true,
            new DateOnly(2010, 12, 31),
            new("Lessons and risk factors from this SCR incorporated in the November 2010 review of policies and procedures; the forced marriage, HBV and DV policies, procedures and training adjusted.",
                BusinessUnit, "Strategic Head of Service, Safeguarding Unit", "Courses include the lessons from this SCR.",
                "Professional knowledge of HBV is improved and professionals better understand its risk factors.", null, Brag.Green, true)),
        Row("5", "The LSCB makes training mandatory for people who write individual management reviews and those who quality assure them, before they undertake any SCR.", true,
            new DateOnly(2010, 10, 31),
            new("The SCR guidance is amended to make training before undertaking a SCR mandatory.",
                BusinessUnit, "Strategic Head of Service, Safeguarding Unit", "Guidance document is amended.",
                "IMR authors and panel members undertake their duties with the appropriate skills and knowledge.", null, Brag.Green, true)),
        Row("6", "The Education Welfare Manager, after consulting Legal Services, reminds schools of the record retention schedule, the DfE's record keeping guidelines for safeguarding records, supervision of designated staff and the Looked After Children Policy.", false,
            new DateOnly(2011, 1, 31),
            new("Remind schools as soon as possible after the overview report, executive summary and combined action plan are approved, before the Spring term of January 2011.",
                Education, "Education Welfare Manager", "Records of discussions with Legal Services and copies of what was sent to schools, with dates.",
                "Schools adopt best practice in managing and retaining pupil records and comply with the requirements.", null, Brag.Green, true)),
        Row("12", "The Leaving Care Service's operational guidance is amended to set out its role when a young care leaver is to become a parent, including the safeguarding of their children.", false,
            new DateOnly(2010, 12, 31),
            new("A short-life working group (Leaving Care, CAF, Social Care, Early Years) develops new sections of the guidance.",
                SocialCare, "Leaving Care Team Manager", "Operational guidance is produced to reflect the recommendations.",
                "Improved assessments of need and early support for young people who need it.", null, Brag.Green, true)),
        Row("15", "The processes and documents the social work service uses to record case management decisions and supervision are introduced in the Leaving Care Service.", false,
            null,
            new("Forms to be implemented.", SocialCare, "Leaving Care Team Manager", "Reflected through case file audits.",
                "Improved records of supervision and of management decisions.", null, Brag.Blue, true)),
        Row("26", "CXL's policies and procedures are revised to address the lessons of this SCR: tiering of vulnerable young people, honour based violence, assessment across all outcomes, and supervision.", false,
            new DateOnly(2010, 12, 31),
            new("Revise CXL policy and procedures (tiering at a minimum of tier 2, follow-up timescales, consultation before services are withdrawn, supervision and performance reviews).",
                Connexions, "CXL Quality and Performance lead", "Progress report as part of the updated action plan, with copies of revised policies and procedures.",
                "Young people seen by Connexions are safer: earlier identification of risks, timely service, robust management oversight.", null, Brag.Green, true)),
        Row("32", "Resources should be devoted to commissioning suitable additional supported housing for vulnerable and looked after young people and teenage parents.", false,
            new DateOnly(2010, 12, 31),
            new("The Young People's Housing Strategy Team makes recommendations to the Supporting People Commissioning Body within 6 months.",
                Housing, "Head of Service, Housing Strategy", "Report to the Supporting People Commissioning Body.",
                "Sustainable housing solutions that keep young people from harm.", null, Brag.Green, true)),
        Row("33", "The Young People's Housing and Teenage Parents Teams are developed and sustained, including information sharing between Leaving Care and the Young People's Housing Teams on clients' background and vulnerabilities.", false,
            new DateOnly(2010, 12, 31),
            new("Proposals produced by Housing and Children's Services; the Young People's Housing Strategy to include the areas of development.",
                Housing, "Head of Service, Housing Strategy", "Joint assessment including risk assessment, referral for housing and support, information for support providers on vulnerabilities.",
                "Sustainable housing solutions that keep young people from harm.", null, Brag.Blue, true)),
        Row("42", "The admission of children under 2 with unexplained injuries to paediatric wards by specialities other than paediatrics is revised to include a paediatric assessment.", false,
            new DateOnly(2010, 11, 30),
            new("Revise the paediatric admission protocol for under-2s admitted through specialities (ophthalmics, dental), with paediatrician involvement; ratify at the ELHT internal safeguarding board; tell the staff concerned.",
                Hospital, "Named Doctor for Safeguarding, ELHT", "Revised paediatric admission protocol in place, ratified by the ELHT internal safeguarding board.",
                "Babies and children safeguarded more effectively; specialities seek a paediatric opinion when non-accidental injury is suspected.", null, Brag.Blue, true)),
        Row("43", "A discharge planning process from NICU which involves the health visitor.", false,
            new DateOnly(2010, 10, 31),
            new("Revise NICU discharge planning to include verbal communication with the health visitor before discharge and a jointly managed discharge plan; built into the neonatal contract.",
                Hospital, "NICU Matron, ELHT", "Changes to discharge planning approved by ELHT's service quality governance; transitional pathway agreed with health visiting.",
                "A comprehensive needs assessment before discharge and effective liaison between the health visitor and the neonatal team.", null, Brag.Green, true)),
        Row("46", "Staff are reminded of the directive that attendance at all case conferences is mandatory for Public Protection Unit staff unless there are exceptional operational reasons.", false,
            new DateOnly(2010, 12, 31),
            new("Reiterate the Detective Superintendent's decision to all divisional PPU supervisors at the next PPU supervisors meeting; absences managed by the Detective Superintendent.",
                Police, "DCI Public Protection Unit, G Division", "Reinforced again in light of a finding in this IMR.",
                "Face to face discussion reduces the risk of prevention opportunities being missed.", null, Brag.Green, true)),
        Row("47", "All visits made to perpetrators where panic alarms are activated are clearly recorded, including the outcomes from partner agencies where police action is not taken.", false,
            new DateOnly(2010, 12, 31),
            new("Reiterate at the next PPU supervisors meeting.", Police, "DCI Public Protection Unit, G Division", "Reinforced again in light of a finding in this IMR.",
                "Accurate record keeping in accordance with the Criminal Procedure and Investigations Act 1996.", null, Brag.Green, true)),
        Row("48", "The Threat Assessment Document procedure is updated so that contingency planning is part of all TAD reviews.", false,
            new DateOnly(2010, 12, 31),
            new("Update the TAD policy.", Police, "DCI Public Protection Unit, G Division", "Revised policy updated and all divisional staff made aware of the change.",
                "Victims of crime are reassured that positive action will be taken to ensure their safety.", null, Brag.Green, true)),
        Row("49", "Officers installing panic alarms are reminded to install them at the earliest opportunity if there is the slightest doubt that the people concerned are vulnerable.", false,
            new DateOnly(2010, 12, 31),
            new("Brief all divisional crime managers (DCI level) and the Chief Inspector Operations to enforce this; reminder sent to all PPU staff.",
                Police, "DCI Public Protection Unit, G Division", "Reminder sent to all PPU staff.",
                "Improved supervision of vulnerable people who are at risk.", null, Brag.Green, true)),
    ]);

    // A row with a date is due by it; one without is due immediately.
    private static DemoRecommendation Row(string number, string text, bool multiAgency, DateOnly? by, DemoAction action) =>
        by is { } date
            ? new(number, text, multiAgency, Timescale.ByDate, null, date, [action])
            : new(number, text, multiAgency, Timescale.Immediately, null, null, [action]);
}
