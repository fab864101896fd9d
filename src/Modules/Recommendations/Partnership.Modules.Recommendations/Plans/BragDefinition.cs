using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>What a status means in this partnership; the defaults are the common ones, the words are the partnership's.</summary>
internal sealed class BragDefinition : IPartnershipRecord
{
    public Brag Status { get; init; }

    public required string Meaning { get; set; }

    public uint Version { get; private set; }
}
