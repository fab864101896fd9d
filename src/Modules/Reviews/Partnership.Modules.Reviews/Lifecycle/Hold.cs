using Partnership.SharedKernel.Access;
namespace Partnership.Modules.Reviews.Lifecycle;

/// <summary>A time a review's publication waited for a parallel process.</summary>
internal sealed class Hold : IPartnershipRecord
{
    public Guid Id { get; init; }

    public Guid ReviewId { get; init; }

    public ParallelProcess Process { get; init; }

    public required string Reason { get; init; }

    public DateOnly StartedOn { get; init; }

    public DateOnly LookAgainOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    public int Days(DateOnly today) => (EndedOn ?? today).DayNumber - StartedOn.DayNumber;
}
