using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Partnership.Modules.Reviews.AgencyReports;
using Partnership.Modules.Reviews.Data;
using Partnership.Modules.Reviews.Panel;
using Partnership.Modules.Reviews.Register;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Documents;
using Partnership.SharedKernel.Seeding;

namespace Partnership.Modules.Reviews.Seeding;

/// <summary>
/// The Child H serious case review's panel and agency reports (seed 004), and the live rapid review's
/// agency summaries, one late and one waiting for the business team. A review that already has a panel,
/// or agency reports, is left alone, so the seed can run at every start.
/// </summary>
internal sealed class DemoPanelsAndReports(ReviewsDbContext db, IAgencyDirectory directory, TimeProvider time) : ISeedData
{
    private const string By = "demo data";

    public int Order => 20;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = (await directory.AllAsync(cancellationToken)).ToDictionary(a => a.Name, a => a.Id);
        Guid? Agency(string name) => agencies.TryGetValue(name, out var id) ? id : null;
        var reviews = await db.Reviews.Where(r => r.Reference == "SCR-2010-01" || r.Reference == "RR-LIVE-01").ToDictionaryAsync(r => r.Reference, cancellationToken);

        if (reviews.TryGetValue("SCR-2010-01", out var childH))
        {
            await SeedChildHPanel(childH, Agency, cancellationToken);
            await SeedChildHReports(childH, Agency, cancellationToken);
        }
        if (reviews.TryGetValue("RR-LIVE-01", out var childR))
        {
            await SeedChildRReports(childR, Agency, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    // Seed 004, paragraphs 3 and 10: the panel was chaired by Mick Muir and the overview report written by
    // Peter Maddocks, both independent of every service. The other members are listed by post and
    // organisation, not by name, so their post stands for their name. The panel convened when the review
    // was commissioned, 20 April 2010.
    private async Task SeedChildHPanel(Review review, Func<string, Guid?> agency, CancellationToken cancellationToken)
    {
        if (await db.Set<PanelMember>().AnyAsync(m => m.ReviewId == review.Id, cancellationToken))
        {
            return;
        }
        var convened = new DateOnly(2010, 4, 20);
        var members = new List<PanelMember>
        {
            PanelChanges.Member(review, "Mick Muir", "Independent chair of the serious case review panel", null, PanelRole.Chair, convened, By),
            PanelChanges.Member(review, "Peter Maddocks", "Independent overview author", null, PanelRole.Author, convened, By),
        };
        foreach (var (post, organisation) in new[]
        {
            ("Head of Service, Safeguarding Unit", "Blackburn with Darwen Safeguarding Children Partnership business unit"),
            ("Safeguarding Lead", "NHS Blackburn with Darwen Care Trust Plus"),
            ("Early Years Development Manager", "Blackburn with Darwen children's social care"),
            ("Partnerships Director", "CXL Connexions"),
            ("Chief Executive", "Brook Advisory Services"),
            ("Principal Education Welfare Officer", "Blackburn with Darwen children's services: education"),
            ("Head of Housing Strategy and Housing Needs", "Blackburn with Darwen Council housing strategy and housing needs"),
            ("Designated Doctor, Paediatrics", "East Lancashire Hospitals Trust"),
            ("Detective Chief Inspector", "Lancashire Constabulary"),
        })
        {
            members.Add(PanelChanges.Member(review, post, null, agency(organisation), PanelRole.Member, convened, By));
        }
        db.Set<PanelMember>().AddRange(members);
        PanelChanges.KeepReviewInStep(review, members);
    }

    // Seed 004, paragraphs 8 and 9: every agency that knew the family wrote an individual management review;
    // the health services' were brought together in a health overview report by the Care Trust Plus. The
    // report gives no dates: these are plausible ones between commissioning (20 April 2010) and the draft
    // overview report (1 October 2010). All were accepted; their files are not part of the demo.
    private async Task SeedChildHReports(Review review, Func<string, Guid?> agency, CancellationToken cancellationToken)
    {
        if (await db.Set<AgencyReport>().IgnoreQueryFilters().AnyAsync(r => r.ReviewId == review.Id, cancellationToken))
        {
            return;
        }
        var requested = new DateOnly(2010, 4, 26);
        foreach (var (organisation, kind, due, submitted, accepted) in new[]
        {
            ("Blackburn with Darwen children's social care", AgencyReportKind.IndividualManagementReview, new DateOnly(2010, 7, 16), new DateOnly(2010, 7, 15), new DateOnly(2010, 8, 6)),
            ("Blackburn with Darwen children's services: education", AgencyReportKind.IndividualManagementReview, new DateOnly(2010, 7, 16), new DateOnly(2010, 7, 9), new DateOnly(2010, 8, 6)),
            ("NHS Blackburn with Darwen Care Trust Plus", AgencyReportKind.IndividualManagementReview, new DateOnly(2010, 7, 16), new DateOnly(2010, 7, 14), new DateOnly(2010, 8, 6)),
            ("East Lancashire Hospitals Trust", AgencyReportKind.IndividualManagementReview, new DateOnly(2010, 7, 16), new DateOnly(2010, 7, 16), new DateOnly(2010, 8, 6)),
            ("Blackburn with Darwen Council housing strategy and housing needs", AgencyReportKind.IndividualManagementReview, new DateOnly(2010, 7, 16), new DateOnly(2010, 7, 12), new DateOnly(2010, 8, 6)),
            ("CXL Connexions", AgencyReportKind.IndividualManagementReview, new DateOnly(2010, 7, 16), new DateOnly(2010, 7, 13), new DateOnly(2010, 8, 6)),
            ("Lancashire Constabulary", AgencyReportKind.IndividualManagementReview, new DateOnly(2010, 7, 16), new DateOnly(2010, 7, 16), new DateOnly(2010, 8, 6)),
            ("NHS Blackburn with Darwen Care Trust Plus", AgencyReportKind.HealthOverview, new DateOnly(2010, 8, 13), new DateOnly(2010, 8, 11), new DateOnly(2010, 8, 27)),
        })
        {
            if (agency(organisation) is not { } agencyId)
            {
                continue;
            }
            var report = AgencyReport.Request(Guid.NewGuid(), review.Id, agencyId, kind, due, requested, By, At(requested));
            report.Submit($"The {kind.DisplayName().ToLowerInvariant()} of {organisation}, as presented to the serious case review panel.", null, null, submitted, By, At(submitted));
            report.Accept(accepted, By, At(accepted));
            db.Set<AgencyReport>().Add(report);
        }
    }

    // The live rapid review, dated from today: the police's agency summary is late; the hospital trust's
    // was submitted yesterday and waits for the business team to accept it.
    private async Task SeedChildRReports(Review review, Func<string, Guid?> agency, CancellationToken cancellationToken)
    {
        if (await db.Set<AgencyReport>().IgnoreQueryFilters().AnyAsync(r => r.ReviewId == review.Id, cancellationToken))
        {
            return;
        }
        var today = UkTime.Today(time);
        var requested = review.NotifiedOn ?? today.AddDays(-30);
        if (agency("Lancashire Constabulary") is { } police)
        {
            db.Set<AgencyReport>().Add(AgencyReport.Request(Guid.NewGuid(), review.Id, police, AgencyReportKind.AgencySummary, today.AddDays(-3), requested, By, At(requested)));
        }
        if (agency("East Lancashire Hospitals Trust") is { } hospital)
        {
            var report = AgencyReport.Request(Guid.NewGuid(), review.Id, hospital, AgencyReportKind.AgencySummary, today.AddDays(7), requested, By, At(requested));
            var content = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();
            var file = new FormFile(new MemoryStream(content), 0, content.Length, "file", "Child R - hospital agency summary.pdf");
            var document = await DocumentUpload.ReadAsync(file, "file", db.User, time, cancellationToken);
            db.Documents.Add(document);
            var submitted = today.AddDays(-1);
            report.Submit("Maternity and paediatric contacts with the family since the birth, and the trust's learning.", document.Id, document.FileName, submitted, By, At(submitted));
            db.Set<AgencyReport>().Add(report);
        }
    }

    private static DateTimeOffset At(DateOnly day) => UkTime.StartOfDay(day).AddHours(10);
}
