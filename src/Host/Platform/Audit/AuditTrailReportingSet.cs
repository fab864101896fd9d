using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Partnership.Host.Data;
using Partnership.SharedKernel.Reporting;

namespace Partnership.Host.Platform.Audit;

/// <summary>
/// Every schema's audit trail as one set, for the business team only: the same UNION ALL as the audit
/// search, which the feed's filters, ordering and paging then compose on in SQL.
/// </summary>
internal sealed class AuditTrailReportingSet : ReportingSet<AuditTrailRow>
{
    public override string Name => "AuditTrail";

    public override string Description => "Every change saved in the hub, in every module: who made it, when, to what, and the values before and after; for the business team only.";

    public override ReportingAccess Access => ReportingAccess.BusinessTeamOnly;

    public override IQueryable<AuditTrailRow> Rows(IServiceProvider services)
    {
        // Schema names come from AuditSources, which admits only lower-case letters and underscores.
        var union = string.Join("\nUNION ALL\n", services.GetRequiredService<AuditSources>().All.Select(source => $"""
            SELECT id AS "EntryId", occurred_at AS "OccurredAt", actor AS "Actor", agency_id AS "AgencyId", action AS "Action",
                   entity_type AS "EntityType", entity_id AS "EntityId", '{source.Schema}' AS "Area", before::text AS "Before", after::text AS "After"
              FROM {source.Schema}.audit_entries
            """));
        return services.GetRequiredService<PlatformDbContext>().Database.SqlQueryRaw<AuditTrailRow>(union).AsNoTracking();
    }
}

internal sealed class AuditTrailRow
{
    [Key]
    [Description("The audit entry's identifier.")]
    public Guid EntryId { get; init; }

    [Description("When the change was saved.")]
    public DateTimeOffset OccurredAt { get; init; }

    [Description("Who saved it (their email address, or system for the scheduler and start-up).")]
    public required string Actor { get; init; }

    [Description("The agency of the person who saved it, when they belong to one; refers to AgencyId in Agencies.")]
    public Guid? AgencyId { get; init; }

    [Description("What happened: Created, Updated or Deleted for a record, or an event such as SignedIn, SignInFailed, LockedOut or AccessDenied.")]
    public required string Action { get; init; }

    [Description("The kind of record or event, such as Review, KeyAction or User.")]
    public required string EntityType { get; init; }

    [Description("The identifier of the record concerned, as text.")]
    public string? EntityId { get; init; }

    [Description("Where the record is kept: platform for sign-in and administration, otherwise the module (reviews, recommendations, ...).")]
    public required string Area { get; init; }

    [Description("The changed values before the change, as JSON; a secret (a password hash, a token) shows as (secret).")]
    public string? Before { get; init; }

    [Description("The changed values after the change, as JSON.")]
    public string? After { get; init; }
}
