using System.Security.Cryptography;
using System.Text;

namespace Partnership.Modules.Reviews.Seeding;

/// <summary>
/// The themes DOMAIN.md lists (seeds 000 and 002), which migration 0005 puts in every partnership's list.
/// Each has a name-based id, so the demo's reviews and learning find them in every database whatever
/// the business team has since renamed.
/// </summary>
internal static class StandardThemes
{
    public const string ProfessionalCuriosity = "Professional curiosity";
    public const string DisguisedCompliance = "Disguised compliance";
    public const string Escalation = "Escalation";
    public const string Bereavement = "Bereavement";
    public const string DifferingRiskAssessment = "Differing agency risk assessment";
    public const string DomesticAbuse = "Domestic abuse";
    public const string Pandemic = "The pandemic";
    public const string ComplexHealthNeeds = "Complex health needs";
    public const string Neglect = "Neglect";
    public const string SelfHarm = "Self-harm and suicide";
    public const string CareLeavers = "Care leavers";
    public const string Homelessness = "Homelessness";
    public const string HonourBasedViolence = "Honour-based violence";
    public const string ExtraFamilialHarm = "Extra-familial harm";
    public const string SeriousYouthViolence = "Serious youth violence";
    public const string ThinkFamily = "Think family";
    public const string WasNotBrought = "Was not brought";
    public const string VoiceOfTheChild = "Voice of the child";

    public static IReadOnlyList<string> Names { get; } =
    [
        ProfessionalCuriosity, DisguisedCompliance, Escalation, Bereavement, DifferingRiskAssessment, DomesticAbuse, Pandemic,
        ComplexHealthNeeds, Neglect, SelfHarm, CareLeavers, Homelessness, HonourBasedViolence, ExtraFamilialHarm,
        SeriousYouthViolence, ThinkFamily, WasNotBrought, VoiceOfTheChild,
    ];

    /// <summary>The same id for the same standard theme in every database.</summary>
    public static Guid IdOf(string name)
    {
#pragma warning disable CA5351 // A name-based id, not security: MD5 as RFC 4122 version 3 uses it.
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("partnership-hub/reviews/theme/" + name));
#pragma warning restore CA5351
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }
}
