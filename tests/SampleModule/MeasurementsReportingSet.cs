using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Modules.Sample;

/// <summary>What the reporting feed's tests query: every column type, agency-owned rows.</summary>
internal sealed class MeasurementsReportingSet : ReportingSet<MeasurementRow>
{
    public override string Name => "Measurements";

    public override string Description => "Test measurements, one per row, owned by an agency.";

    public override ReportingAccess Access => ReportingAccess.OwnedByAgency();

    /// <summary>
    /// Navigations for the feed's tests: the measurements of the same day (the row itself included), and
    /// the one whose number is this row's quantity (none when the quantity is empty).
    /// </summary>
    public override IReadOnlyList<ReportingNavigation> Navigations =>
    [
        ReportingNavigation.Many("SameDay", "Measurements", nameof(MeasurementRow.MeasuredOn), nameof(MeasurementRow.MeasuredOn)),
        ReportingNavigation.One("Twin", "Measurements", nameof(MeasurementRow.Quantity), nameof(MeasurementRow.MeasurementId)),
    ];

    public override IQueryable<MeasurementRow> Rows(IServiceProvider services) =>
        services.GetRequiredService<SampleDbContext>().Measurements.AsNoTracking().Select(m => new MeasurementRow
        {
            MeasurementId = m.Id,
            AgencyId = m.AgencyId,
            Name = m.Name,
            Note = m.Note,
            Amount = m.Amount,
            Quantity = m.Quantity,
            Total = m.Total,
            Ratio = m.Ratio,
            MeasuredOn = m.MeasuredOn,
            ClosedOn = m.ClosedOn,
            MeasuredAt = m.MeasuredAt,
            IsOpen = m.IsOpen,
        });
}

public sealed class MeasurementRow
{
    [Key]
    [Description("The measurement's number.")]
    public int MeasurementId { get; init; }

    [Description("The agency the measurement belongs to.")]
    public Guid AgencyId { get; init; }

    [Description("A name.")]
    public required string Name { get; init; }

    [Description("A note, when there is one.")]
    public string? Note { get; init; }

    [Description("An amount in pounds.")]
    [Precision(12, 2)]
    public decimal Amount { get; init; }

    [Description("A count, when known.")]
    public int? Quantity { get; init; }

    [Description("A large whole number.")]
    public long Total { get; init; }

    [Description("A ratio, when known.")]
    public double? Ratio { get; init; }

    [Description("The day measured.")]
    public DateOnly MeasuredOn { get; init; }

    [Description("The day closed, if closed.")]
    public DateOnly? ClosedOn { get; init; }

    [Description("The instant measured, UTC.")]
    public DateTimeOffset MeasuredAt { get; init; }

    [Description("Whether it is still open.")]
    public bool IsOpen { get; init; }
}
