using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.SharedKernel.Access;
using Partnership.SharedKernel.Audit;
using Partnership.SharedKernel.Documents;
using Partnership.SharedKernel.Events;
using Partnership.SharedKernel.Users;

namespace Partnership.SharedKernel.Data;

/// <summary>
/// The base of every module's DbContext: its own schema, snake_case names, the outbox and inbox that
/// make integration events reliable, and the partnership's rules on every query and save: agency-owned
/// records are filtered to the user's agency, changes are checked, and each change is written to the
/// schema's audit trail in the same transaction.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private IServiceProvider? _scope;
    private ICurrentUser? _user;

    protected ModuleDbContext(DbContextOptions options, string schema)
        : base(options)
    {
        Schema = schema;
    }

    public string Schema { get; }

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Uploaded files of this module's records; read their content only to serve a download.</summary>
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();

    /// <summary>Who this context works for: the user of the scope it is leased to; the platform itself outside one (a test's context built by hand).</summary>
    public ICurrentUser User => _user ??= _scope?.GetService<ICurrentUser>() ?? SystemUser.Instance;

    private TimeProvider Time => _scope?.GetService<TimeProvider>() ?? TimeProvider.System;

    /// <summary>
    /// Lends this pooled context to one scope (a request, a job): its user and clock are that scope's until
    /// the scope ends and the context goes back to the pool. Resolve contexts from the scope, not from the pool's factory.
    /// </summary>
    internal void LeaseTo(IServiceProvider scope)
    {
        _scope = scope;
        _user = null;
    }

    public override void Dispose()
    {
        _scope = null;
        _user = null;
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    public override ValueTask DisposeAsync()
    {
        _scope = null;
        _user = null;
        GC.SuppressFinalize(this);
        return base.DisposeAsync();
    }

    // Read by the query filters of agency-owned entities; EF evaluates them per query.
    protected bool SeesAllAgencies => AccessRules.SeesAllAgencies(User);

    protected Guid CurrentAgencyId => User.AgencyId ?? Guid.Empty;

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

    /// <summary>
    /// The agency-owned record with this id if the user may see it. When it exists but belongs to
    /// another agency the answer is the same null, and the attempt is recorded in the audit trail.
    /// </summary>
    public async Task<T?> FindVisibleAsync<T>(Guid id, CancellationToken cancellationToken)
        where T : class, IAgencyOwned
    {
        var visible = await Set<T>().SingleOrDefaultAsync(row => EF.Property<Guid>(row, "Id") == id, cancellationToken);
        if (visible is null && await Set<T>().IgnoreQueryFilters().AnyAsync(row => EF.Property<Guid>(row, "Id") == id, cancellationToken))
        {
            RecordEvent("AccessDenied", typeof(T).Name, id.ToString(), "Another agency's record was asked for.");
            await SaveChangesAsync(cancellationToken);
        }
        return visible;
    }

    /// <summary>Records something that is not a change of a row: a sign-in, a refused request.</summary>
    public void RecordEvent(string action, string entityType, string? entityId, string? detail = null)
    {
        AuditEntries.Add(AuditTrail.Event(User, Time, action, entityType, entityId, detail));
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Save with SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        ChangeTracker.DetectChanges();
        if (EnforcesChangeRules)
        {
            ChangeRules.EnsureAllowed(User, ChangeTracker);
        }
        AuditEntries.AddRange(AuditTrail.ChangesIn(ChangeTracker, User, Time));
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
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
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("audit_entries");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Id).ValueGeneratedNever();
            audit.Property(a => a.Before).HasColumnType("jsonb");
            audit.Property(a => a.After).HasColumnType("jsonb");
            audit.HasIndex(a => a.OccurredAt);
        });
        modelBuilder.Entity<StoredDocument>(document =>
        {
            document.ToTable("documents");
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.FileName).HasMaxLength(255);
            document.Property(d => d.ContentType).HasMaxLength(120);
            document.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
            document.Property(d => d.UploadedBy).HasMaxLength(320);
        });
        OnModuleModelCreating(modelBuilder);
        FilterAgencyOwnedRecords(modelBuilder);
        modelBuilder.UseSnakeCaseNames();
    }

    /// <summary>
    /// Whether saves are checked against the agency rules. Only the platform opts out: its records are
    /// guarded by its pages' policies, and sign-in must record failed attempts for anonymous callers.
    /// </summary>
    protected virtual bool EnforcesChangeRules => true;

    /// <summary>The module's own tables.</summary>
    protected virtual void OnModuleModelCreating(ModelBuilder modelBuilder)
    {
    }

    private void FilterAgencyOwnedRecords(ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IAgencyOwned).IsAssignableFrom(e.ClrType)))
        {
            // row => this.SeesAllAgencies || row.AgencyId == this.CurrentAgencyId
            var row = Expression.Parameter(entity.ClrType, "row");
            var context = Expression.Constant(this);
            var filter = Expression.Lambda(
                Expression.OrElse(
                    Expression.Property(context, nameof(SeesAllAgencies)),
                    Expression.Equal(Expression.Property(row, nameof(IAgencyOwned.AgencyId)), Expression.Property(context, nameof(CurrentAgencyId)))),
                row);
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(filter);
        }
    }
}
