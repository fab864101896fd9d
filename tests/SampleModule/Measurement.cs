using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Sample;

/// <summary>An agency-owned row with a column of every type the reporting feed publishes.</summary>
public sealed class Measurement : IAgencyOwned
{
    public int Id { get; init; }

    public Guid AgencyId { get; init; }

    public required string Name { get; init; }

    public string? Note { get; init; }

    public decimal Amount { get; init; }

    public int? Quantity { get; init; }

    public long Total { get; init; }

    public double? Ratio { get; init; }

    public DateOnly MeasuredOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public DateTimeOffset MeasuredAt { get; init; }

    public bool IsOpen { get; init; }
}
