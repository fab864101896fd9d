using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Partnership.SharedKernel.Events;

namespace Partnership.SharedKernel.Data;

/// <summary>
/// The base of every module's DbContext: its own schema, snake_case names, and the outbox and
/// inbox tables that make integration events reliable.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options, string schema)
        : base(options)
    {
        Schema = schema;
    }

    public string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Adds the event to the outbox; it is saved, or rolled back, with the change.</summary>
    public void Publish(IntegrationEvent integrationEvent)
    {
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            EventType = integrationEvent.GetType().FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), IntegrationEventJson.Options),
            OccurredAt = integrationEvent.OccurredAt,
        });
    }

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Id).ValueGeneratedNever();
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.HasIndex(m => m.OccurredAt).HasFilter("delivered_at IS NULL").HasDatabaseName("ix_outbox_messages_undelivered");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Handler });
        });
        OnModuleModelCreating(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }

    /// <summary>The module's own tables.</summary>
    protected virtual void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
    }
}
