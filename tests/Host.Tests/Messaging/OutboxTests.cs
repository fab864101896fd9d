using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Host.Messaging;
using Partnership.Modules.Sample;
using Partnership.SharedKernel.Data;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Messaging;

/// <summary>
/// The sample module publishes NoteAdded when a note is added, and its handler counts notes in
/// sample.note_tallies: the count shows how many times the handler's effect was applied.
/// </summary>
public sealed class OutboxTests : IAsyncLifetime
{
    private const string TallySql = "SELECT count FROM sample.note_tallies WHERE name = 'notes-added'";
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task An_event_is_saved_with_the_change_and_rolled_back_with_it()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, DeliveryOff);
        host.CreateClient();
        var (_, sample) = SampleContext(host);

        await using (var transaction = await sample.Database.BeginTransactionAsync())
        {
            AddNote(sample, "rolled back");
            await sample.SaveChangesAsync();
            (await _database.ScalarAsync<long>("SELECT count(*) FROM sample.outbox_messages")).ShouldBe(0, "nothing is visible before commit");
            await transaction.RollbackAsync();
        }
        (await _database.ScalarAsync<long>("SELECT count(*) FROM sample.notes")).ShouldBe(0);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM sample.outbox_messages")).ShouldBe(0);

        sample.ChangeTracker.Clear();
        await using (var transaction = await sample.Database.BeginTransactionAsync())
        {
            AddNote(sample, "committed");
            await sample.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        (await _database.ScalarAsync<long>("SELECT count(*) FROM sample.notes")).ShouldBe(1);
        (await _database.ScalarAsync<string>("SELECT event_type FROM sample.outbox_messages")).ShouldBe("Partnership.Modules.Sample.NoteAdded");
    }

    [Fact]
    public async Task An_event_written_while_delivery_is_stopped_is_delivered_after_a_restart()
    {
        await using (var stopped = new PartnershipHost(_database.ConnectionString, DeliveryOff))
        {
            (await (await stopped.SignedInAsync(SignIn.Business)).PostAsJsonAsync("/api/sample/notes", new { text = "waiting" })).EnsureSuccessStatusCode();
            (await _database.ScalarAsync<long>("SELECT count(*) FROM sample.outbox_messages WHERE delivered_at IS NULL")).ShouldBe(1);
            (await _database.ScalarAsync<int?>(TallySql)).ShouldBeNull();
        }

        await using var restarted = new PartnershipHost(_database.ConnectionString);
        restarted.CreateClient();

        (await Eventually.Returns(() => _database.ScalarAsync<int?>(TallySql), tally => tally == 1)).ShouldBe(1);
        (await Eventually.Returns(
            () => _database.ScalarAsync<long>("SELECT count(*) FROM sample.outbox_messages WHERE delivered_at IS NULL"),
            undelivered => undelivered == 0)).ShouldBe(0);
    }

    [Fact]
    public async Task A_handler_run_twice_has_the_effect_of_once()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, DeliveryOff);
        (await (await host.SignedInAsync(SignIn.Business)).PostAsJsonAsync("/api/sample/notes", new { text = "twice" })).EnsureSuccessStatusCode();
        var (scope, sample) = SampleContext(host);
        var message = await sample.OutboxMessages.SingleAsync();
        var binding = scope.ServiceProvider.GetRequiredService<EventHandlerRegistry>().HandlersFor(message.EventType).ShouldHaveSingleItem();
        var processor = scope.ServiceProvider.GetRequiredService<OutboxProcessor>();

        await processor.HandleOnceAsync(binding, message, CancellationToken.None);
        await processor.HandleOnceAsync(binding, message, CancellationToken.None);

        (await _database.ScalarAsync<int?>(TallySql)).ShouldBe(1);
        (await _database.ScalarAsync<long>("SELECT count(*) FROM sample.inbox_messages")).ShouldBe(1);
    }

    [Fact]
    public async Task A_batch_delivered_twice_is_handled_once()
    {
        await using var host = new PartnershipHost(_database.ConnectionString, DeliveryOff);
        (await (await host.SignedInAsync(SignIn.Business)).PostAsJsonAsync("/api/sample/notes", new { text = "redelivered" })).EnsureSuccessStatusCode();
        var (scope, _) = SampleContext(host);
        var processor = scope.ServiceProvider.GetRequiredService<OutboxProcessor>();
        var publisher = scope.ServiceProvider.GetServices<ModuleDatabase>().Single(d => d.Schema == "sample");

        (await processor.DeliverBatchAsync(publisher, CancellationToken.None)).ShouldBe(1);
        // As if the host had crashed after handling but before marking the message delivered.
        await _database.ScalarAsync<int>("UPDATE sample.outbox_messages SET delivered_at = NULL");
        (await processor.DeliverBatchAsync(publisher, CancellationToken.None)).ShouldBe(1);

        (await _database.ScalarAsync<int?>(TallySql)).ShouldBe(1);
    }

    private static readonly Dictionary<string, string?> DeliveryOff = new() { ["Outbox:DeliveryEnabled"] = "false" };

    private static (IServiceScope Scope, SampleDbContext Sample) SampleContext(PartnershipHost host)
    {
        var scope = host.Services.CreateScope();
        return (scope, scope.ServiceProvider.GetRequiredService<SampleDbContext>());
    }

    private static void AddNote(SampleDbContext sample, string text)
    {
        var note = new Note { Id = Guid.NewGuid(), Text = text };
        sample.Notes.Add(note);
        sample.Publish(new NoteAdded { NoteId = note.Id, OccurredAt = DateTimeOffset.UtcNow });
    }
}
