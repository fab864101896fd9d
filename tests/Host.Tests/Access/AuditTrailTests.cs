using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Partnership.Modules.Sample;
using Partnership.Testing;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Access;

public sealed class AuditTrailTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task A_change_is_recorded_with_who_when_and_the_values_before_and_after()
    {
        var client = await fixture.Host.SignedInAsync(SignIn.HealthLead);
        var created = await (await client.PostAsJsonAsync("/api/sample/notes", new { text = "first words" })).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetGuid();

        await client.PutAsJsonAsync($"/api/sample/notes/{id}", new { text = "second words" });

        var before = await fixture.Database.ScalarAsync<string>($"SELECT before ->> 'Text' FROM sample.audit_entries WHERE entity_id = '{id}' AND action = 'Updated'");
        var after = await fixture.Database.ScalarAsync<string>($"SELECT after ->> 'Text' FROM sample.audit_entries WHERE entity_id = '{id}' AND action = 'Updated'");
        var actor = await fixture.Database.ScalarAsync<string>($"SELECT actor FROM sample.audit_entries WHERE entity_id = '{id}' AND action = 'Created'");
        before.ShouldBe("first words");
        after.ShouldBe("second words");
        actor.ShouldBe(SignIn.HealthLead);
    }

    [Fact]
    public async Task Nothing_is_recorded_when_the_change_rolls_back()
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        var sample = scope.ServiceProvider.GetRequiredService<SampleDbContext>();
        var id = Guid.NewGuid();

        await using (var transaction = await sample.Database.BeginTransactionAsync())
        {
            sample.Notes.Add(new Note { Id = id, AgencyId = Guid.NewGuid(), Text = "never happened" });
            await sample.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        (await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM sample.audit_entries WHERE entity_id = '{id}'")).ShouldBe(0);
    }

    [Fact]
    public async Task Secrets_are_never_written_to_the_trail()
    {
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM platform.audit_entries WHERE after ->> 'PasswordHash' LIKE 'AQAAAA%'")).ShouldBe(0);
        (await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM platform.audit_entries WHERE after ->> 'PasswordHash' = '(secret)'")).ShouldBeGreaterThan(0);
    }
}
