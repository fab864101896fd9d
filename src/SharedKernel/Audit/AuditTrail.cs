using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Partnership.SharedKernel.Data;
using Partnership.SharedKernel.Users;

namespace Partnership.SharedKernel.Audit;

/// <summary>Turns tracked changes into audit entries, with every column's value before and after.</summary>
public static class AuditTrail
{
    public static List<AuditEntry> ChangesIn(ChangeTracker changes, ICurrentUser user, TimeProvider time)
    {
        var now = time.GetUtcNow();
        return changes.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(e => e.Entity is not (OutboxMessage or InboxMessage or AuditEntry))
            .Select(e => new AuditEntry
            {
                Id = Guid.CreateVersion7(now),
                OccurredAt = now,
                UserId = user.UserId,
                Actor = user.Email ?? "anonymous",
                AgencyId = user.AgencyId,
                Action = e.State switch
                {
                    EntityState.Added => "Created",
                    EntityState.Deleted => "Deleted",
                    _ => "Updated",
                },
                EntityType = e.Metadata.ClrType.Name,
                EntityId = KeyOf(e),
                Before = e.State == EntityState.Added ? null : Values(e, original: true),
                After = e.State == EntityState.Deleted ? null : Values(e, original: false),
            })
            .ToList();
    }

    public static AuditEntry Event(ICurrentUser user, TimeProvider time, string action, string entityType, string? entityId, string? detail)
    {
        var now = time.GetUtcNow();
        return new AuditEntry
        {
            Id = Guid.CreateVersion7(now),
            OccurredAt = now,
            UserId = user.UserId,
            Actor = user.Email ?? "anonymous",
            AgencyId = user.AgencyId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            After = detail is null ? null : JsonSerializer.Serialize(new { detail }),
        };
    }

    private static string? KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? null : string.Join(",", key.Properties.Select(p => entry.Property(p.Name).CurrentValue));
    }

    private static string Values(EntityEntry entry, bool original)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsShadowProperty() || p.Metadata.IsForeignKey()))
        {
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[property.Metadata.Name] = value switch
            {
                _ when property.Metadata.PropertyInfo?.IsDefined(typeof(NotAuditedAttribute), inherit: false) == true => value is null ? null : "(secret)",
                byte[] bytes => $"{bytes.Length} bytes",
                _ => value,
            };
        }
        return JsonSerializer.Serialize(values, JsonSerializerOptions.Web);
    }
}
