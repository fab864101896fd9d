using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Reviews.Panel;

internal enum PanelRole
{
    Chair,
    Author,
    IndependentReviewer,
    Member,
}

internal static class PanelRoles
{
    public static string DisplayName(this PanelRole role) => role switch
    {
        PanelRole.Chair => "Independent chair",
        PanelRole.Author => "Author",
        PanelRole.IndependentReviewer => "Independent reviewer",
        PanelRole.Member => "Panel member",
        _ => role.ToString(),
    };

    /// <summary>Roles one person holds at a time; the review's chair and author are read from them.</summary>
    public static bool IsSingle(this PanelRole role) => role is PanelRole.Chair or PanelRole.Author;
}

/// <summary>
/// Someone on a review's panel. Removal keeps the row, with the date and who removed them, so the panel's
/// history stays readable.
/// </summary>
internal sealed class PanelMember : IPartnershipRecord
{
    public Guid Id { get; init; }

    public Guid ReviewId { get; init; }

    public required string Name { get; init; }

    /// <summary>Their post, for example "Designated Doctor, Paediatrics".</summary>
    public string? Position { get; init; }

    /// <summary>The agency they represent; none for someone independent of every agency.</summary>
    public Guid? AgencyId { get; init; }

    public PanelRole Role { get; init; }

    public DateOnly AddedOn { get; init; }

    public required string AddedBy { get; init; }

    public DateOnly? RemovedOn { get; private set; }

    public string? RemovedBy { get; private set; }

    public uint Version { get; private set; }

    public bool IsCurrent => RemovedOn is null;

    public void Remove(DateOnly on, string by)
    {
        RemovedOn = on;
        RemovedBy = by;
    }
}
