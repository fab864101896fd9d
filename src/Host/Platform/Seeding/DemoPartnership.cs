using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.Host.Platform.Agencies;
using Partnership.Host.Platform.Tokens;
using Partnership.Host.Platform.Users;
using Partnership.SharedKernel.Seeding;
using Partnership.SharedKernel.Users;

namespace Partnership.Host.Platform.Seeding;

/// <summary>
/// The demo partnership: the agencies seed 004's review names (its panel and the agencies that had
/// contact with the family), the partnership business unit, and one account for each kind of user.
/// </summary>
internal sealed partial class DemoPartnership(
    PlatformDbContext db,
    UserManager<PlatformUser> users,
    ReportingTokens tokens,
    IConfiguration configuration,
    TimeProvider time,
    ILogger<DemoPartnership> logger) : ISeedData
{
    public const string BusinessUnit = "Blackburn with Darwen Safeguarding Children Partnership business unit";
    public const string Hospital = "East Lancashire Hospitals Trust";
    public const string Police = "Lancashire Constabulary";
    public const string Housing = "Blackburn with Darwen Council housing strategy and housing needs";
    public const string SocialCare = "Blackburn with Darwen children's social care";

    private static readonly (string Name, string Type)[] DemoAgencies =
    [
        (BusinessUnit, "business-unit"),
        (SocialCare, "childrens-social-care"),
        ("Blackburn with Darwen children's services: education", "education"),
        ("NHS Blackburn with Darwen Care Trust Plus", "health"),
        (Hospital, "health"),
        (Police, "police"),
        (Housing, "housing"),
        ("CXL Connexions", "voluntary"),
        ("Brook Advisory Services", "voluntary"),
    ];

    private static readonly (string Email, string Name, string Agency, string Role)[] DemoPeople =
    [
        ("business@demo.example", "Bina Business", BusinessUnit, Roles.BusinessTeam),
        ("health.lead@demo.example", "Hana Health", Hospital, Roles.AgencyLead),
        ("police.lead@demo.example", "Pat Police", Police, Roles.AgencyLead),
        ("housing.lead@demo.example", "Hugo Housing", Housing, Roles.AgencyLead),
        ("practitioner@demo.example", "Priya Practitioner", SocialCare, Roles.Practitioner),
        ("scrutineer@demo.example", "Sam Scrutineer", BusinessUnit, Roles.Scrutineer),
        ("analyst@demo.example", "Ana Analyst", BusinessUnit, Roles.Analyst),
    ];

    public int Order => 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var agencies = await SeedAgencies(cancellationToken);
        var password = configuration["Demo:Password"];
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = "demo-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        }
        foreach (var (email, name, agency, role) in DemoPeople)
        {
            await SeedPerson(email, name, agencies[agency], role, password!, cancellationToken);
        }
        LogDemoSignIns(logger, string.Join(", ", DemoPeople.Select(p => p.Email)), generated ? $"generated for this run: {password}" : "the value of Demo:Password");
    }

    private async Task<Dictionary<string, Guid>> SeedAgencies(CancellationToken cancellationToken)
    {
        var existing = await db.Agencies.ToDictionaryAsync(a => a.Name, a => a.Id, cancellationToken);
        foreach (var (name, type) in DemoAgencies.Where(a => !existing.ContainsKey(a.Name)))
        {
            var agency = new Agency { Id = Guid.CreateVersion7(), Name = name, Type = type };
            db.Agencies.Add(agency);
            existing[name] = agency.Id;
        }
        await db.SaveChangesAsync(cancellationToken);
        return existing;
    }

    private async Task SeedPerson(string email, string name, Guid agencyId, string role, string password, CancellationToken cancellationToken)
    {
        var person = await users.FindByEmailAsync(email);
        if (person is null)
        {
            person = new PlatformUser
            {
                Id = Guid.CreateVersion7(),
                Email = email,
                NormalizedEmail = users.NormalizeEmail(email),
                DisplayName = name,
                AgencyId = agencyId,
                Roles = [role],
                InvitedAt = time.GetUtcNow(),
            };
            Succeeded(await users.CreateAsync(person, password), email);
        }
        else if (!await users.CheckPasswordAsync(person, password))
        {
            // Demo accounts only: the password is this run's, so the one printed is the one that works.
            Succeeded(await users.RemovePasswordAsync(person), email);
            Succeeded(await users.AddPasswordAsync(person, password), email);
        }

        if (configuration["Demo:ReportingToken"] is { Length: > 0 } secret
            && !await db.ReportingTokens.AnyAsync(t => t.UserId == person.Id && t.Name == "Demo token" && t.RevokedAt == null, cancellationToken))
        {
            await tokens.CreateAsync(person, "Demo token", DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(1), secret, cancellationToken);
        }
    }

    private static void Succeeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo account {email} could not be saved: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(LogLevel.Warning, "Demo sign-ins: {Emails}. Password: {Password}.")]
    private static partial void LogDemoSignIns(ILogger logger, string emails, string password);
}
